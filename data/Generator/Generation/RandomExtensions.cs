namespace FireMap.DemoData.Generation;

/// <summary>Draws used across the generators; all go through one seeded <see cref="Random"/>.</summary>
internal static class RandomExtensions
{
    public static double Between(this Random rng, double min, double max) => min + rng.NextDouble() * (max - min);

    public static int Between(this Random rng, int minInclusive, int maxInclusive) => rng.Next(minInclusive, maxInclusive + 1);

    public static bool Chance(this Random rng, double probability) => rng.NextDouble() < probability;

    public static T Pick<T>(this Random rng, IReadOnlyList<T> items) => items[rng.Next(items.Count)];

    public static T PickWeighted<T>(this Random rng, IReadOnlyList<(T Item, double Weight)> items)
    {
        var total = items.Sum(i => i.Weight);
        var x = rng.NextDouble() * total;
        foreach (var (item, weight) in items)
        {
            x -= weight;
            if (x < 0)
            {
                return item;
            }
        }

        return items[^1].Item;
    }

    /// <summary>A Fisher–Yates shuffle into a new list; the input is left as it is.</summary>
    public static List<T> Shuffled<T>(this Random rng, IEnumerable<T> items)
    {
        var list = items.ToList();
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = rng.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }

        return list;
    }

    public static double Round1(double value) => Math.Round(value, 1, MidpointRounding.AwayFromZero);
}

namespace FireMap.DemoData.Layout;

/// <summary>Door numbers (门牌号) along each street: they grow along the street, odd on one side, even on the other.</summary>
internal sealed class AddressBook
{
    private readonly Dictionary<string, HashSet<int>> _taken = new(StringComparer.Ordinal);

    public static int NumberAt(double positionM, bool even)
    {
        var n = Math.Max(1, (int)Math.Round(positionM / 12, MidpointRounding.AwayFromZero));
        return (n % 2 == 0) == even ? n : n + 1;
    }

    /// <summary>A free door number near <paramref name="positionM"/>, held so no other gate gets it.</summary>
    public int Reserve(string road, double positionM, bool even)
    {
        if (!_taken.TryGetValue(road, out var numbers))
        {
            numbers = [];
            _taken.Add(road, numbers);
        }

        var n = NumberAt(positionM, even);
        while (!numbers.Add(n))
        {
            n += 2;
        }

        return n;
    }

    public string ReserveAddress(Parcel parcel) =>
        $"{parcel.Facing.Name}{Reserve(parcel.Facing.Name, parcel.Position, parcel.EvenSide)}号";
}

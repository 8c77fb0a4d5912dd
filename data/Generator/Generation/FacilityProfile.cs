namespace FireMap.DemoData.Generation;

/// <summary>
/// State of a building's fire systems (alarm, smoke control, sprinklers, hydrants). Codes since
/// the 1990s require them in high-rise and public buildings; old walk-ups mostly have none, and
/// what old buildings have is more often out of order.
/// </summary>
internal static class FacilityProfile
{
    public static (string Alarm, string Smoke, string Sprinkler, string Hydrant) Draw(
        Random rng, string useClass, bool highRise, bool old)
    {
        // Weights are (ok, fault, absent).
        (double, double, double) alarm, smoke, sprinkler, hydrant;
        if (useClass is "industrial" or "warehouse")
        {
            (alarm, smoke, sprinkler, hydrant) = ((55, 20, 25), (35, 15, 50), (40, 20, 40), (75, 20, 5));
        }
        else if (useClass is "commercial" or "office" or "public" || highRise)
        {
            (alarm, smoke, sprinkler, hydrant) = ((80, 15, 5), (70, 18, 12), (70, 15, 15), (85, 15, 0));
        }
        else if (old)
        {
            (alarm, smoke, sprinkler, hydrant) = ((12, 15, 73), (3, 7, 90), (2, 5, 93), (40, 35, 25));
        }
        else
        {
            (alarm, smoke, sprinkler, hydrant) = ((45, 8, 47), (15, 5, 80), (8, 4, 88), (80, 15, 5));
        }

        if (old)
        {
            // Ageing: part of what still works has broken down.
            (alarm, smoke, sprinkler, hydrant) = (Age(alarm), Age(smoke), Age(sprinkler), Age(hydrant));
        }

        return (Pick(rng, alarm), Pick(rng, smoke), Pick(rng, sprinkler), Pick(rng, hydrant));
    }

    private static (double, double, double) Age((double Ok, double Fault, double Absent) w) =>
        (w.Ok * 0.7, w.Fault + w.Ok * 0.2, w.Absent + w.Ok * 0.1);

    private static string Pick(Random rng, (double Ok, double Fault, double Absent) w) =>
        rng.PickWeighted<string>([("ok", w.Ok), ("fault", w.Fault), ("absent", w.Absent)]);
}

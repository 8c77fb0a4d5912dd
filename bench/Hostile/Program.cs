using System.Globalization;
using FireMap.Bench.Hostile;
using FireMap.TestHost;

// Mixed reads and writes against the real service on loopback, 25 s without and 25 s with one
// hostile request a second; stops by itself. Passes when no ordinary request failed and the p99
// with hostile requests is within 2x of the p99 without.
var seconds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 25;
var server = new FireMapServerFixture();
await server.InitializeAsync();
try
{
    await using var command = server.DataSource.CreateCommand("SELECT id FROM fire_lanes ORDER BY id LIMIT 1");
    var lane = (long)(await command.ExecuteScalarAsync())!;
    var load = new MixedLoad(server.BaseUrl, lane);
    await load.RunAsync(TimeSpan.FromSeconds(3), 4, hostile: false); // warm-up
    var calm = await load.RunAsync(TimeSpan.FromSeconds(seconds), 4, hostile: false);
    var attacked = await load.RunAsync(TimeSpan.FromSeconds(seconds), 4, hostile: true);

    foreach (var (name, result) in new[] { ("ordinary only", calm), ("with hostile", attacked) })
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-14} requests {result.Latencies.Length,6}  errors {result.Errors.Length}  hostile {result.HostileSent,3}  p50 {result.Percentile(0.5),7:0.0} ms  p99 {result.Percentile(0.99),7:0.0} ms"));
        foreach (var error in result.Errors.Distinct().Take(5))
        {
            Console.WriteLine("  " + error);
        }
    }

    var ratio = attacked.Percentile(0.99) / calm.Percentile(0.99);
    var ok = calm.Errors.Length == 0 && attacked.Errors.Length == 0 && ratio <= 2;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"p99 ratio {ratio:0.00}: {(ok ? "PASS" : "FAIL")}"));
    return ok ? 0 : 1;
}
finally
{
    await server.DisposeAsync();
}

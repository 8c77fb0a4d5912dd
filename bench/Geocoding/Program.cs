using System.Diagnostics;
using System.Globalization;
using FireMap.Bench.Geocoding;
using FireMap.Spatial.Geocoding;
using FireMap.Spatial.Tests.Geocoding.Support;

// Batch-geocodes generated address variants on one thread, against the demo gazetteer and against one
// 100 times its size, and prints addresses/s (wall clock, and per CPU-second of the process, which other
// load on the machine disturbs less) with p50/p99 wall-clock latency per address.
// Usage: dotnet run -c Release --project bench/Geocoding [-- --n 20000 --scale 100 --seed 1]
var n = Arg("--n", 20_000);
var scale = Arg("--scale", 100);
var seed = Arg("--seed", 1);

var demo = DemoData.Loaded;
Console.WriteLine($"geocoding benchmark: {n:N0} addresses per run, one thread, seed {seed}");
Console.WriteLine($"{"gazetteer",-12} {"entries",9} {"build ms",9} {"addr/s",10} {"addr/cpu-s",11} {"p50 µs",8} {"p99 µs",8} {"top-1",7}");
Run("demo", demo);
Run($"{scale}x", GazetteerScaler.Scale(demo, scale));

void Run(string label, DemoData data)
{
    var built = Stopwatch.StartNew();
    var geocoder = new Geocoder(DemoData.Build(FireMap.Spatial.Geocoding.Gazetteers.GazetteerArea.Yuejincun, data.Communities, data.Compounds, data.Buildings, data.Places));
    built.Stop();
    var variants = Variants(data, n, seed);

    // Warm-up: JIT, tiered compilation and the thread's scratch buffers.
    foreach (var v in variants.Take(Math.Min(2_000, variants.Count)))
    {
        geocoder.Geocode(v.Text, 1);
    }

    var ticks = new long[variants.Count];
    var right = 0;
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    var total = Stopwatch.StartNew();
    for (var i = 0; i < variants.Count; i++)
    {
        var start = Stopwatch.GetTimestamp();
        var top = geocoder.Geocode(variants[i].Text, 1).Candidates;
        ticks[i] = Stopwatch.GetTimestamp() - start;
        right += top.Count > 0 && variants[i].Subject.Expected.Contains(top[0].Entry.Code) ? 1 : 0;
    }

    total.Stop();
    var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
    Array.Sort(ticks);
    double Micro(long t) => t * 1e6 / Stopwatch.Frequency;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{label,-12} {geocoder.Gazetteer.Count,9:N0} {built.ElapsedMilliseconds,9:N0} {variants.Count / total.Elapsed.TotalSeconds,10:N0} {variants.Count / cpuSeconds,11:N0} {Micro(ticks[ticks.Length / 2]),8:N1} {Micro(ticks[(int)(ticks.Length * 0.99)]),8:N1} {(double)right / variants.Count,7:P1}"));
}

static List<AddressVariant> Variants(DemoData data, int count, int seed)
{
    var random = new Random(seed);
    var subjects = SubjectCatalog.From(data);
    var generator = new VariantGenerator(seed, data.Compounds.Select(c => c.Name).Concat(data.Places.Select(p => p.Name)));
    var variants = new List<AddressVariant>(count);
    while (variants.Count < count)
    {
        var s = subjects[random.Next(subjects.Count)];
        var kind = VariantGenerator.Kinds[random.Next(VariantGenerator.Kinds.Length)];
        if (generator.Make(s, kind) is { } text)
        {
            variants.Add(new AddressVariant(kind, text, s));
        }
    }

    return variants;
}

int Arg(string name, int fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
}

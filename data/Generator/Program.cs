using FireMap.DemoData.Generation;
using FireMap.DemoData.Output;
using FireMap.DemoData.Validation;

namespace FireMap.DemoData;

/// <summary>
/// Writes the synthetic demo data set of 跃进村街道 into a folder and checks it by reading it back.
/// Usage: dotnet run --project data/Generator -- data/demo (add --check before the folder to check only).
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        var checkOnly = args.Length == 2 && args[0] == "--check";
        if (args.Length != 1 && !checkOnly)
        {
            Console.Error.WriteLine("usage: FireMap.DemoData [--check] <folder>");
            Console.Error.WriteLine("  writes the demo data set into <folder> and checks it; with --check, only checks <folder>");
            return 2;
        }

        var directory = Path.GetFullPath(args[^1]);
        if (!checkOnly)
        {
            DemoDataWriter.Write(DemoWorldBuilder.Build(), directory);
            Console.WriteLine($"Wrote the demo data set (seed {DemoSettings.Seed}, reference date {DemoSettings.ReferenceDate:yyyy-MM-dd}) to {directory}");
        }

        var report = DemoDataValidator.Validate(directory);
        foreach (var (file, count) in report.Counts)
        {
            Console.WriteLine($"  {file,-22} {count,5}");
        }

        if (!report.Ok)
        {
            foreach (var violation in report.Violations)
            {
                Console.Error.WriteLine("violation: " + violation);
            }

            Console.Error.WriteLine($"{report.Violations.Count} violation(s); the data set does not meet its formats.");
            return 1;
        }

        Console.WriteLine("Self-check passed: formats, enums, references and content rules hold.");
        return 0;
    }
}

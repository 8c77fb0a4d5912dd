using Npgsql;

namespace FireMap.Bench.Proximity;

/// <summary>What the figures were measured on; they mean little without it.</summary>
public static class MachineInfo
{
    public static async Task<string> DescribeAsync(NpgsqlDataSource dataSource)
    {
        var model = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(line => line.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        await using var command = dataSource.CreateCommand("SELECT current_setting('server_version'), postgis_lib_version()");
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return $"nproc {Environment.ProcessorCount} ({model ?? "unknown CPU"}), {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1L << 30)} GiB, " +
            $"PostgreSQL {reader.GetString(0)}, PostGIS {reader.GetString(1)}, .NET {Environment.Version}";
    }
}

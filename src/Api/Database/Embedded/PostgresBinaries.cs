namespace FireMap.Api.Database.Embedded;

/// <summary>Finds the PostgreSQL server programs installed by Debian's postgresql packages.</summary>
internal sealed class PostgresBinaries
{
    private PostgresBinaries(string directory) => Directory = directory;

    public string Directory { get; }

    public string InitDb => Path.Combine(Directory, "initdb");

    public string PgCtl => Path.Combine(Directory, "pg_ctl");

    public string PgDump => Path.Combine(Directory, "pg_dump");

    public string PgRestore => Path.Combine(Directory, "pg_restore");

    public static PostgresBinaries Locate()
    {
        const string debianRoot = "/usr/lib/postgresql";
        var candidates = System.IO.Directory.Exists(debianRoot)
            ? System.IO.Directory.GetDirectories(debianRoot)
                .Select(dir => Path.Combine(dir, "bin"))
                .Where(bin => File.Exists(Path.Combine(bin, "initdb")))
                .OrderByDescending(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), out var major) ? major : 0)
                .ToList()
            : [];

        // PostGIS is installed per major version; prefer a server that has it.
        var withPostgis = candidates.FirstOrDefault(bin =>
            File.Exists(Path.Combine(bin, "..", "lib", "postgis-3.so")));
        var chosen = withPostgis ?? candidates.FirstOrDefault();
        return chosen is null
            ? throw new EmbeddedPostgresException(
                "PostgreSQL server programs were not found under /usr/lib/postgresql. " +
                "Run ./firemap run (it installs postgresql-15-postgis-3), or set FIREMAP_CONNECTION to an existing PostGIS.")
            : new PostgresBinaries(chosen);
    }
}

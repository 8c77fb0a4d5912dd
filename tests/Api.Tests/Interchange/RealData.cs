namespace FireMap.Api.Tests.Interchange;

/// <summary>The real third-party files in ../shared/realdata (see its README), read where they are, never copied.</summary>
internal static class RealData
{
    public static string? Folder { get; } = Find();

    /// <summary>The file's bytes; a test without the folder fails under CI and is reported as missing otherwise.</summary>
    public static byte[] Read(params string[] path)
    {
        Assert.True(Folder is not null, "../shared/realdata is not present (see the project's README): these tests need the real third-party files");
        return File.ReadAllBytes(Path.Combine([Folder!, .. path]));
    }

    private static string? Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "realdata");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}

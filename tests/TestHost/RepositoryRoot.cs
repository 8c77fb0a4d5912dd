namespace FireMap.TestHost;

/// <summary>Finds the repository root (the folder with FireMap.sln) from the test's output folder.</summary>
public static class RepositoryRoot
{
    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FireMap.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"FireMap.sln not found above {AppContext.BaseDirectory}");
    }
}

namespace FireMap.Api.Tests.Database;

/// <summary>Clean-up of the clusters the database tests create under <c>.firemap/cluster-tests</c>.</summary>
internal static class ClusterTestFolders
{
    public static void Delete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            // Left for the next run's clean-up of .firemap; never worth failing a test over.
        }
    }
}

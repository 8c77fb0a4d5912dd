using FireMap.Spatial.Tests.Geocoding.Support;

namespace FireMap.Spatial.Tests.Geocoding;

/// <summary>
/// A fact that needs a folder of <c>../shared/realdata</c>: skipped, with the reason, when the folder is
/// absent (outside this environment); run, and so failing, when the environment variable CI is set.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RealDataFactAttribute : FactAttribute
{
    public RealDataFactAttribute(string folder)
    {
        Folder = folder;
        if (!Directory.Exists(RepositoryPaths.RealData(folder)) && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
        {
            Skip = $"../shared/realdata/{folder} is absent (it is only provided in the project's environment); set CI to make this a failure";
        }
    }

    public string Folder { get; }
}

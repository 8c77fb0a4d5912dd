namespace FireMap.Api.Tests.Interchange;

/// <summary>
/// A fact that needs <c>../shared/realdata</c>: skipped, with the reason, when the folder is absent
/// (outside this environment); run, and so failing, when the environment variable CI is set.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RealDataFactAttribute : FactAttribute
{
    public RealDataFactAttribute()
    {
        if (RealData.Folder is null && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
        {
            Skip = "../shared/realdata is absent (it is only provided in the project's environment); set CI to make this a failure";
        }
    }
}

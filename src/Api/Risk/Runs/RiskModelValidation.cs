using FireMap.Spatial.Risk.Model;
using Microsoft.Extensions.Options;

namespace FireMap.Api.Risk.Runs;

/// <summary>Checks the model file when the host starts: a broken file stops the service with every problem listed.</summary>
internal sealed class RiskModelValidation(FireMapPaths paths) : IValidateOptions<RiskOptions>
{
    public ValidateOptionsResult Validate(string? name, RiskOptions options)
    {
        try
        {
            RiskModel.Load(options.ModelPath(paths));
            return ValidateOptionsResult.Success;
        }
        catch (RiskModelException e)
        {
            return ValidateOptionsResult.Fail(e.Message);
        }
    }
}

using Microsoft.Extensions.Options;

namespace FireMap.Api.Coverage;

/// <summary>Stops the service at start when the coverage configuration is wrong, with every problem listed.</summary>
internal sealed class CoverageOptionsValidation : IValidateOptions<CoverageOptions>
{
    public ValidateOptionsResult Validate(string? name, CoverageOptions options)
    {
        var problems = CoverageSettings.Check(options);
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}

namespace FireMap.DemoData.Validation;

/// <summary>Violations found in the written files, and the record count of each file.</summary>
internal sealed class ValidationReport
{
    private readonly List<string> _violations = [];

    public IReadOnlyList<string> Violations => _violations;

    public List<(string File, int Count)> Counts { get; } = [];

    public bool Ok => _violations.Count == 0;

    public void Fail(string file, int? record, string? field, string message)
    {
        var where = file + (record is { } r ? $" record {r}" : "") + (field is null ? "" : $" field {field}");
        _violations.Add($"{where}: {message}");
    }

    /// <summary>Records a violation of a rule about the file as a whole when <paramref name="holds"/> is false.</summary>
    public void Require(bool holds, string file, string rule)
    {
        if (!holds)
        {
            Fail(file, null, null, rule);
        }
    }
}

namespace FireMap.Spatial.Risk.Model;

/// <summary>A risk model that cannot be used: unreadable JSON or values that break the model's rules.</summary>
public sealed class RiskModelException : Exception
{
    /// <summary>Creates the exception from every problem found.</summary>
    /// <param name="source">Where the model came from, e.g. its file path.</param>
    /// <param name="problems">One line per problem, each naming the JSON path.</param>
    /// <param name="inner">The JSON exception, when reading failed.</param>
    public RiskModelException(string source, IReadOnlyList<string> problems, Exception? inner = null)
        : base($"risk model {source} is not usable:{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", problems), inner)
    {
        ModelSource = source;
        Problems = problems;
    }

    /// <summary>One line per problem, each naming the JSON path.</summary>
    public IReadOnlyList<string> Problems { get; }

    /// <summary>Where the model came from, e.g. its file path.</summary>
    public string ModelSource { get; }
}

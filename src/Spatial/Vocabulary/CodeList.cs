using System.Collections.Frozen;

namespace FireMap.Spatial.Vocabulary;

/// <summary>
/// A closed list of codes (place categories, hazard statuses, ...) with their labels. Every other
/// form of the list (GraphQL enums, import validation, CHECK constraints, export labels, the map's
/// text) is derived from or checked against one of these.
/// </summary>
public sealed class CodeList
{
    private readonly FrozenDictionary<string, CodeTerm> _byCode;

    /// <summary>Creates a list; codes must be unique snake_case.</summary>
    /// <param name="name">PascalCase name, also the GraphQL enum's name (<c>PlaceCategory</c>).</param>
    /// <param name="description">English description of what the list classifies.</param>
    /// <param name="terms">The codes in their display order.</param>
    public CodeList(string name, string description, params CodeTerm[] terms)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(terms);
        Name = name;
        Description = description;
        Terms = terms;
        _byCode = terms.ToFrozenDictionary(t => t.Code, StringComparer.Ordinal);
        Codes = terms.Select(t => t.Code).ToArray();
    }

    /// <summary>PascalCase name, also the GraphQL enum's name.</summary>
    public string Name { get; }

    /// <summary>camelCase key of the list in <c>/api/vocabulary</c> (<c>placeCategory</c>).</summary>
    public string Key => char.ToLowerInvariant(Name[0]) + Name[1..];

    /// <summary>English description of what the list classifies.</summary>
    public string Description { get; }

    /// <summary>The codes with labels, in display order.</summary>
    public IReadOnlyList<CodeTerm> Terms { get; }

    /// <summary>The codes alone, in display order.</summary>
    public IReadOnlyList<string> Codes { get; }

    /// <summary>True when <paramref name="code"/> is one of the list's codes (exact, case-sensitive).</summary>
    /// <param name="code">A stored code.</param>
    public bool Contains(string? code) => code is not null && _byCode.ContainsKey(code);

    /// <summary>The term of <paramref name="code"/>, or null when it is not in the list.</summary>
    /// <param name="code">A stored code.</param>
    public CodeTerm? Find(string? code) => code is not null && _byCode.TryGetValue(code, out var term) ? term : null;

    /// <summary>The label of <paramref name="code"/>; the code itself when the list lacks it, so nothing is lost.</summary>
    /// <param name="code">A stored code.</param>
    /// <param name="language">The language wanted.</param>
    public string Label(string code, Language language) => Find(code)?.Label(language) ?? code;

    /// <inheritdoc/>
    public override string ToString() => Name;
}

namespace FireMap.Api.Imports;

/// <summary>An import stopped because rows could not be placed by their address; nothing was written.</summary>
public sealed class UnplacedRowsException(IReadOnlyList<UnplacedRow> rows)
    : Exception($"{rows.Count} row(s) could not be placed by their address; add lon/lat or a clearer address, or import with allowUnplaced=true to skip them")
{
    public IReadOnlyList<UnplacedRow> Rows { get; } = rows;
}

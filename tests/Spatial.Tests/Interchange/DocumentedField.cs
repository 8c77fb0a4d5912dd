namespace FireMap.Spatial.Tests.Interchange;

/// <summary>One field row of a layer table in docs/import-formats.md.</summary>
public sealed record DocumentedField(string Name, string Type, string Required, string Meaning);

namespace FireMap.Spatial.Tests.Interchange;

/// <summary>One layer section of docs/import-formats.md: its heading, its table rows and the text around them.</summary>
public sealed record DocumentedLayer(string FileName, string Heading, IReadOnlyList<DocumentedField> Fields, string Text);

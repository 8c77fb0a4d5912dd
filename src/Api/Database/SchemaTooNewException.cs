namespace FireMap.Api.Database;

/// <summary>The database has migrations this build does not know: it was upgraded by a newer FireMap.</summary>
public sealed class SchemaTooNewException(string message) : Exception(message);

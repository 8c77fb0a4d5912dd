namespace FireMap.Api.Imports;

/// <summary>
/// A part of the demo set that is not a layer file (the campaign calendar, …), registered by its feature
/// and loaded from the demo folder right after the layers, on the same empty database. Only a database that
/// got the demo layers gets the parts: a real installation never receives demo records.
/// </summary>
public interface IDemoDataPart
{
    /// <summary>Loads the part from <paramref name="directory"/>; a missing file is not an error.</summary>
    Task LoadAsync(string directory, CancellationToken cancellationToken);
}

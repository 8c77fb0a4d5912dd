namespace FireMap.Api.Exports;

/// <summary>Language of export headers and labels: Chinese unless English is asked for.</summary>
public enum ExportLanguage
{
    Chinese,
    English,
}

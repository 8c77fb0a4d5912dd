namespace FireMap.Api.Photos;

/// <summary>Whether a photo was served, does not exist, or exists outside the reader's rights.</summary>
public enum PhotoReadOutcome
{
    Found,
    Missing,
    Refused,
}

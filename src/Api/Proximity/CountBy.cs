namespace FireMap.Api.Proximity;

/// <summary>How many hits share one value of a category (a use class, a place category, a status).</summary>
public sealed record CountBy(string Key, int Count);

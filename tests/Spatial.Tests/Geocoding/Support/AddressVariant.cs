namespace FireMap.Spatial.Tests.Geocoding.Support;

/// <summary>One generated way of writing a subject's address.</summary>
public sealed record AddressVariant(string Kind, string Text, AddressSubject Subject);

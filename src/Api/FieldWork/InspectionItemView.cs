namespace FireMap.Api.FieldWork;

/// <summary>An answered item with the label its checklist gives it.</summary>
public sealed record InspectionItemView(InspectionItemRecord Item, string Label);

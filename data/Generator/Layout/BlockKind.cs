namespace FireMap.DemoData.Layout;

/// <summary>What a street block holds; only residential blocks are divided into compounds.</summary>
internal enum BlockKind
{
    Residential,
    Commercial,
    Industrial,
    School,
    Hospital,
    Heritage,
}

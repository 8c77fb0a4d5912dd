using FireMap.Spatial.Vocabulary;

namespace FireMap.Spatial.Risk.Inputs;

/// <summary>A building's use class (<c>use_class</c> in the import formats). Labels: <see cref="Codes.UseClass"/>.</summary>
public enum BuildingUse
{
    /// <summary><c>residential</c>.</summary>
    Residential,

    /// <summary><c>office</c>.</summary>
    Office,

    /// <summary><c>commercial</c>.</summary>
    Commercial,

    /// <summary><c>mixed</c>: residential and other use; treated as a non-residential building for the GB 50016 high-rise rule.</summary>
    Mixed,

    /// <summary><c>industrial</c>.</summary>
    Industrial,

    /// <summary><c>warehouse</c>.</summary>
    Warehouse,

    /// <summary><c>public</c>.</summary>
    Public,

    /// <summary><c>other</c>.</summary>
    Other,
}

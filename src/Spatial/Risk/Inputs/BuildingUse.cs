namespace FireMap.Spatial.Risk.Inputs;

/// <summary>A building's use class (<c>use_class</c> in the import formats).</summary>
public enum BuildingUse
{
    /// <summary><c>residential</c> 住宅.</summary>
    Residential,

    /// <summary><c>office</c> 办公.</summary>
    Office,

    /// <summary><c>commercial</c> 商业.</summary>
    Commercial,

    /// <summary><c>mixed</c> 商住混合; treated as a non-residential building for the GB 50016 high-rise rule.</summary>
    Mixed,

    /// <summary><c>industrial</c> 工业.</summary>
    Industrial,

    /// <summary><c>warehouse</c> 仓储.</summary>
    Warehouse,

    /// <summary><c>public</c> 公共建筑.</summary>
    Public,

    /// <summary><c>other</c> 其他.</summary>
    Other,
}

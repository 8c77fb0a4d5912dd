namespace FireMap.Spatial.Geodesy;

/// <summary>The offset coordinate systems of Chinese consumer web maps (see <see cref="WebMapOffset"/>).</summary>
public enum WebMapSystem
{
    /// <summary>GCJ-02 (国测局坐标): Amap/高德, Tencent, Google Maps in mainland China.</summary>
    Gcj02,

    /// <summary>BD-09 (百度坐标): Baidu Maps.</summary>
    Bd09,
}

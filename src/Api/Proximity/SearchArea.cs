using FireMap.Spatial.Geometry;
using Npgsql;
using NpgsqlTypes;

namespace FireMap.Api.Proximity;

/// <summary>A checked centre and radius; binds <c>@lon</c>, <c>@lat</c> and <c>@radius</c> for <see cref="CenterSql"/>.</summary>
public sealed record SearchArea(GeoPoint Center, double RadiusMeters)
{
    /// <summary>The centre as geography, so that distances are metres on the WGS84 spheroid.</summary>
    public const string CenterSql = "ST_SetSRID(ST_MakePoint(@lon, @lat), 4326)::geography";

    public void Bind(NpgsqlParameterCollection parameters)
    {
        parameters.Add(new NpgsqlParameter("lon", NpgsqlDbType.Double) { Value = Center.Lon });
        parameters.Add(new NpgsqlParameter("lat", NpgsqlDbType.Double) { Value = Center.Lat });
        parameters.Add(new NpgsqlParameter("radius", NpgsqlDbType.Double) { Value = RadiusMeters });
    }
}

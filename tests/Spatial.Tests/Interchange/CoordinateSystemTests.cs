using FireMap.Spatial.Geodesy;
using FireMap.Spatial.Interchange;

namespace FireMap.Spatial.Tests.Interchange;

public sealed class CoordinateSystemTests
{
    [Theory]
    [InlineData("EPSG:4544", 4544, null)]
    [InlineData("4544", 4544, null)]
    [InlineData("urn:ogc:def:crs:EPSG::4544", 4544, null)]
    [InlineData("urn:ogc:def:crs:OGC:1.3:CRS84", 4326, null)]
    [InlineData("CGCS2000", 4490, null)]
    [InlineData("GCJ-02", 4326, WebMapSystem.Gcj02)]
    [InlineData("gcj02", 4326, WebMapSystem.Gcj02)]
    [InlineData("BD-09", 4326, WebMapSystem.Bd09)]
    [InlineData("baidu", 4326, WebMapSystem.Bd09)]
    public void TryParse_reads_the_names_users_and_files_give(string text, int epsg, WebMapSystem? webMap)
    {
        Assert.Equal(new CoordinateSystem(epsg, webMap), CoordinateSystem.TryParse(text));
    }

    [Theory]
    [InlineData("Beijing local")]
    [InlineData("EPSG:abc")]
    [InlineData("")]
    public void TryParse_refuses_what_it_cannot_name(string text)
    {
        Assert.Null(CoordinateSystem.TryParse(text));
    }

    [Theory]
    [InlineData("""PROJCS["CGCS2000_3_Degree_GK_CM_105E",GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",105.0],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]""", 4544)]
    [InlineData("""PROJCS["CGCS2000_3_Degree_GK_Zone_35",GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",35500000.0],UNIT["Meter",1.0]]""", 4523)]
    [InlineData("""PROJCS["CGCS2000 / 3-degree Gauss-Kruger CM 105E",GEOGCS["China Geodetic Coordinate System 2000",DATUM["China_2000",SPHEROID["CGCS2000",6378137,298.257222101,AUTHORITY["EPSG","1024"]],AUTHORITY["EPSG","1043"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4490"]],PROJECTION["Transverse_Mercator"],UNIT["metre",1,AUTHORITY["EPSG","9001"]],AUTHORITY["EPSG","4544"]]""", 4544)]
    [InlineData("""GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]""", 4326)]
    [InlineData("""GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]""", 4490)]
    [InlineData("""PROJCS["CGCS2000_6_Degree_GK_CM_105E",GEOGCS["GCS_China_Geodetic_Coordinate_System_2000"],UNIT["Meter",1.0]]""", 4507)]
    public void EpsgOfWkt_names_the_system_of_a_prj(string wkt, int epsg)
    {
        Assert.Equal(epsg, CoordinateSystem.EpsgOfWkt(wkt));
    }

    [Fact]
    public void EpsgOfWkt_leaves_an_unknown_projection_to_the_database()
    {
        Assert.Null(CoordinateSystem.EpsgOfWkt("""PROJCS["Xian_1980_3_Degree_GK_CM_105E",GEOGCS["GCS_Xian_1980"],UNIT["Meter",1.0]]"""));
    }
}

using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text;
using FireMap.Spatial.Geodesy;
using FireMap.TestHost;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Esri;
using NetTopologySuite.IO.Esri.Shapefiles.Writers;
using ProjNet.CoordinateSystems;
using ProjNet.CoordinateSystems.Transformations;

namespace FireMap.Api.Tests.Interchange;

/// <summary>
/// Files in the systems Chinese data come in: a shapefile in the CGCS2000 Gauss-Krüger zone CM 105E
/// (EPSG:4544) with GBK attribute text, and points picked on Amap (GCJ-02) and Baidu (BD-09). Each
/// lands within 0.01 m of where it belongs. The GK positions are PROJ's own (`cs2cs`, from Debian's
/// proj-bin, which <c>./firemap test</c> installs) and agree within 0.01 m with ProjNET's, a second
/// implementation independent of the PROJ that PostGIS uses.
/// </summary>
[Collection(FireMapServerCollection.Name)]
public sealed class ChineseSystemImportTests(FireMapServerFixture server)
{
    // Esri's .prj for the zone, as the planning bureau's GIS writes it.
    private const string GaussKrugerPrj = """PROJCS["CGCS2000_3_Degree_GK_CM_105E",GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",105.0],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]""";

    // The same zone for ProjNET: Transverse Mercator on GRS 80 (CGCS2000's ellipsoid), no datum shift to WGS84.
    private const string GaussKrugerForProjNet = """PROJCS["CGCS2000 GK CM 105E",GEOGCS["CGCS2000",DATUM["China_2000",SPHEROID["CGCS2000",6378137,298.257222101],TOWGS84[0,0,0,0,0,0,0]],PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["latitude_of_origin",0],PARAMETER["central_meridian",105],PARAMETER["scale_factor",1],PARAMETER["false_easting",500000],PARAMETER["false_northing",0],UNIT["metre",1]]""";

    private static readonly (string Code, string Name, double Lon, double Lat)[] _points =
    [
        ("T-GK-1", "跃进村微型消防站", 106.4791, 29.4823),
        ("T-GK-2", "钢花路志愿消防队", 106.4853, 29.4779),
        ("T-GK-3", "大渡口区消防救援站（测试）", 106.4722, 29.4861),
    ];

    private readonly InterchangeApi _api = new(server);

    static ChineseSystemImportTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public async Task Shapefile_in_gauss_kruger_4544_with_gbk_text_lands_within_a_centimetre_with_its_chinese_names()
    {
        var community = await _api.ScalarAsync<string>("SELECT code FROM communities ORDER BY code LIMIT 1");
        var toGk = new CoordinateTransformationFactory().CreateFromCoordinateSystems(
            GeographicCoordinateSystem.WGS84, (ProjectedCoordinateSystem)new CoordinateSystemFactory().CreateFromWkt(GaussKrugerForProjNet));
        var byProj = await Cs2csAsync("EPSG:4326", "EPSG:4544", _points.Select(p => (p.Lon, p.Lat)));
        var features = _points.Select((p, i) =>
        {
            var xy = byProj[i];
            var byProjNet = toGk.MathTransform.Transform([p.Lon, p.Lat]);
            Assert.True(Math.Abs(xy.Easting - byProjNet[0]) < 0.01 && Math.Abs(xy.Northing - byProjNet[1]) < 0.01,
                $"{p.Code}: PROJ {xy} and ProjNET ({byProjNet[0]}, {byProjNet[1]}) disagree");
            var attributes = new AttributesTable
            {
                { "code", p.Code }, { "name", p.Name }, { "kind", "micro_station" }, { "address", p.Name + "旁" }, { "community_", community },
            };
            return new Feature(new Point(xy.Easting, xy.Northing), attributes);
        });
        var zip = Shapefile(features, Encoding.GetEncoding(936), "GBK", GaussKrugerPrj);

        // The records stay, as other import tests' do: the import recomputed the risk scores with them,
        // and a deletion behind the service's back would leave the stored scores stale for the risk tests.
        var (status, report) = await _api.ImportAsync("stations", "规划局消防站.zip", zip, "?mode=upsert");

        Assert.True(status == HttpStatusCode.OK, report.ToString());
        Assert.Equal("EPSG:4544 (file)", report.GetProperty("layers")[0].GetProperty("crs").GetString());
        foreach (var (code, name, lon, lat) in _points)
        {
            Assert.Equal(name, await _api.ScalarAsync<string>("SELECT name FROM stations WHERE code = @c", ("c", code)));
            Assert.True(await DistanceAsync("stations", code, lon, lat) < 0.01, code);
        }
    }

    [Theory]
    [InlineData("GCJ-02")]
    [InlineData("BD-09")]
    public async Task Points_picked_on_amap_or_baidu_land_within_a_centimetre_when_their_system_is_named(string crs)
    {
        var system = crs == "GCJ-02" ? WebMapSystem.Gcj02 : WebMapSystem.Bd09;
        var features = string.Join(",", _points.Select((p, i) =>
        {
            var (x, y) = WebMapOffset.FromWgs84(system, p.Lon, p.Lat);
            return FormattableString.Invariant($$$"""{"type":"Feature","geometry":{"type":"Point","coordinates":[{{{x:R}}},{{{y:R}}}]},"properties":{"code":"T-WEB-{{{crs}}}-{{{i}}}","kind":"above_ground","status":"ok"}}""");
        }));
        var file = Encoding.UTF8.GetBytes($$"""{"type":"FeatureCollection","features":[{{features}}]}""");

        var (status, report) = await _api.ImportAsync("hydrants", "picked.geojson", file, $"?crs={crs}&mode=upsert");

        Assert.True(status == HttpStatusCode.OK, report.ToString());
        for (var i = 0; i < _points.Length; i++)
        {
            Assert.True(await DistanceAsync("hydrants", $"T-WEB-{crs}-{i}", _points[i].Lon, _points[i].Lat) < 0.01, $"T-WEB-{crs}-{i}");
        }
    }

    [Fact]
    public async Task Gauss_kruger_metres_given_as_degrees_are_refused_with_a_hint_of_the_system()
    {
        var file = Encoding.UTF8.GetBytes("""{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[548000.5,3262000.25]},"properties":{"code":"T-GK-X","kind":"wall","status":"ok"}}]}""");

        var (status, problem) = await _api.ImportAsync("hydrants", "hydrants.geojson", file);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("EPSG:4544", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    /// <summary>
    /// Geographic points (lon, lat) into the projected system <paramref name="to"/> by PROJ's <c>cs2cs</c>,
    /// which takes and gives the EPSG axis order (lat lon in; northing easting out for the GK zones).
    /// </summary>
    private static async Task<IReadOnlyList<(double Easting, double Northing)>> Cs2csAsync(string from, string to, IEnumerable<(double Lon, double Lat)> points)
    {
        var start = new ProcessStartInfo("cs2cs", ["-f", "%.6f", from, to])
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception exception)
        {
            throw new InvalidOperationException("PROJ's cs2cs is missing: install proj-bin (./firemap test does)", exception);
        }

        using (process)
        {
            foreach (var (lon, lat) in points)
            {
                await process.StandardInput.WriteLineAsync(FormattableString.Invariant($"{lat:R} {lon:R}"));
            }

            process.StandardInput.Close();
            var output = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, await process.StandardError.ReadToEndAsync());
            return [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(line =>
            {
                var parts = line.Split((char[])['\t', ' '], StringSplitOptions.RemoveEmptyEntries);
                return (double.Parse(parts[1], CultureInfo.InvariantCulture), double.Parse(parts[0], CultureInfo.InvariantCulture));
            })];
        }
    }

    private async Task<double> DistanceAsync(string table, string code, double lon, double lat)
    {
        await using var command = server.DataSource.CreateCommand($"SELECT ST_X(geom), ST_Y(geom) FROM {table} WHERE code = @code");
        command.Parameters.AddWithValue("code", code);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), $"{code} was not stored");
        return Geodesic.DistanceMeters(reader.GetDouble(0), reader.GetDouble(1), lon, lat);
    }

    private static byte[] Shapefile(IEnumerable<Feature> features, Encoding encoding, string cpg, string prj)
    {
        var directory = Directory.CreateTempSubdirectory("firemap-test-shp-");
        try
        {
            var shp = Path.Combine(directory.FullName, "stations.shp");
            var options = new ShapefileWriterOptions(ShapeType.Point) { Encoding = encoding, Projection = prj };
            foreach (var name in new[] { "code", "name", "kind", "address", "community_" })
            {
                options.AddCharacterField(name, 100);
            }

            using (var writer = NetTopologySuite.IO.Esri.Shapefile.OpenWrite(shp, options))
            {
                writer.Write(features);
            }

            File.WriteAllText(Path.ChangeExtension(shp, ".cpg"), cpg);
            using var zipped = new MemoryStream();
            using (var zip = new ZipArchive(zipped, ZipArchiveMode.Create))
            {
                foreach (var file in directory.GetFiles())
                {
                    zip.CreateEntryFromFile(file.FullName, file.Name);
                }
            }

            return zipped.ToArray();
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}

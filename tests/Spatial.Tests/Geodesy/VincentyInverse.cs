namespace FireMap.Spatial.Tests.Geodesy;

/// <summary>
/// A second, independent solution of the inverse problem used only as a test reference: Vincenty (1975)
/// "Direct and inverse solutions of geodesics on the ellipsoid with application of nested equations",
/// Survey Review 23(176):88–93, iterating on λ. It is accurate to about 0.1 mm but can fail to
/// converge for nearly antipodal points, so tests use it for lines up to a few hundred kilometres.
/// </summary>
internal static class VincentyInverse
{
    public const double Wgs84A = 6378137;
    public const double Wgs84F = 1 / 298.257223563;

    /// <summary>Distance in metres between two points in degrees on the ellipsoid (a, f).</summary>
    public static double Distance(double lon1, double lat1, double lon2, double lat2, double a = Wgs84A, double f = Wgs84F)
    {
        const double rad = Math.PI / 180;
        var b = a * (1 - f);
        var l = (lon2 - lon1) * rad;
        var u1 = Math.Atan((1 - f) * Math.Tan(lat1 * rad));
        var u2 = Math.Atan((1 - f) * Math.Tan(lat2 * rad));
        double sinU1 = Math.Sin(u1), cosU1 = Math.Cos(u1), sinU2 = Math.Sin(u2), cosU2 = Math.Cos(u2);

        var lambda = l;
        double sinSigma, cosSigma, sigma, cosSqAlpha, cos2SigmaM;
        for (var iteration = 0; ; iteration++)
        {
            if (iteration == 200)
            {
                throw new InvalidOperationException("Vincenty's inverse did not converge (nearly antipodal points).");
            }

            double sinLambda = Math.Sin(lambda), cosLambda = Math.Cos(lambda);
            sinSigma = Math.Sqrt(Math.Pow(cosU2 * sinLambda, 2) + Math.Pow((cosU1 * sinU2) - (sinU1 * cosU2 * cosLambda), 2));
            if (sinSigma == 0)
            {
                return 0;
            }

            cosSigma = (sinU1 * sinU2) + (cosU1 * cosU2 * cosLambda);
            sigma = Math.Atan2(sinSigma, cosSigma);
            var sinAlpha = cosU1 * cosU2 * sinLambda / sinSigma;
            cosSqAlpha = 1 - (sinAlpha * sinAlpha);
            cos2SigmaM = cosSqAlpha == 0 ? 0 : cosSigma - (2 * sinU1 * sinU2 / cosSqAlpha); // 0 on the equator
            var c = f / 16 * cosSqAlpha * (4 + (f * (4 - (3 * cosSqAlpha))));
            var previous = lambda;
            lambda = l + ((1 - c) * f * sinAlpha
                * (sigma + (c * sinSigma * (cos2SigmaM + (c * cosSigma * (-1 + (2 * cos2SigmaM * cos2SigmaM)))))));
            if (Math.Abs(lambda - previous) < 1e-13)
            {
                break;
            }
        }

        var uSq = cosSqAlpha * ((a * a) - (b * b)) / (b * b);
        var bigA = 1 + (uSq / 16384 * (4096 + (uSq * (-768 + (uSq * (320 - (175 * uSq)))))));
        var bigB = uSq / 1024 * (256 + (uSq * (-128 + (uSq * (74 - (47 * uSq))))));
        var deltaSigma = bigB * sinSigma * (cos2SigmaM + (bigB / 4 * ((cosSigma * (-1 + (2 * cos2SigmaM * cos2SigmaM)))
            - (bigB / 6 * cos2SigmaM * (-3 + (4 * sinSigma * sinSigma)) * (-3 + (4 * cos2SigmaM * cos2SigmaM))))));
        return b * bigA * (sigma - deltaSigma);
    }

    /// <summary>Degrees from degrees, minutes and seconds; the sign of <paramref name="degrees"/> applies to all.</summary>
    public static double Dms(double degrees, double minutes, double seconds) =>
        Math.CopySign(Math.Abs(degrees) + (minutes / 60) + (seconds / 3600), degrees);
}

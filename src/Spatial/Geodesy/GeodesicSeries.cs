namespace FireMap.Spatial.Geodesy;

/// <summary>
/// The WGS84 ellipsoid's derived constants and the series of Karney (2013) "Algorithms for geodesics"
/// truncated at order 6 in the small parameter ε, which keeps the truncation error below double
/// round-off for the Earth's flattening (the paper reports about 15 nm for WGS84).
/// </summary>
internal static class GeodesicSeries
{
    public const double A = Geodesic.EquatorialRadiusMeters;
    public const double F = Geodesic.Flattening;
    public const double F1 = 1 - F;
    public const double E2 = F * (2 - F);
    public const double Ep2 = E2 / (F1 * F1);
    public const double N = F / (2 - F);
    public const double B = A * F1;

    /// <summary>Number of Fourier terms kept; arrays of coefficients have this length + 1 (index 0 unused).</summary>
    public const int Order = 6;

    // A3 as a polynomial in ε whose coefficients depend on the third flattening n.
    private static readonly double[] _a3 =
    [
        1,
        (N - 1) / 2,
        ((N * ((3 * N) - 1)) - 2) / 8,
        ((N * (-N - 3)) - 1) / 16,
        ((-2 * N) - 3) / 64,
        -3.0 / 128,
    ];

    // C3[l] = ε^l · Σ_k _c3[l][k] ε^k, coefficients in n evaluated once for WGS84.
    private static readonly double[][] _c3 =
    [
        [],
        [(1 - N) / 4, (1 - (N * N)) / 8, (3 + (3 * N) - (N * N)) / 64, (5 + (2 * N)) / 128, 3.0 / 128],
        [(2 - (3 * N) + (N * N)) / 32, (3 - (2 * N) - (3 * N * N)) / 64, (3 + N) / 128, 5.0 / 256],
        [(5 - (9 * N) + (5 * N * N)) / 192, (9 - (10 * N)) / 384, 7.0 / 512],
        [(7 - (14 * N)) / 512, 7.0 / 512],
        [21.0 / 2560],
    ];

    /// <summary>ε = k²/(√(1+k²)+1)² for k² = e'² cos²α0, written to avoid cancellation.</summary>
    public static double Epsilon(double k2) => k2 / ((2 * (1 + Math.Sqrt(1 + k2))) + k2);

    /// <summary>A1 − 1, the distance scale of the auxiliary sphere.</summary>
    public static double A1m1(double eps)
    {
        var e2 = eps * eps;
        var t = e2 * (64 + (e2 * (4 + e2))) / 256;
        return (t + eps) / (1 - eps);
    }

    /// <summary>Fourier coefficients C1[1…6] of the distance integral I1.</summary>
    public static void C1(double eps, Span<double> c)
    {
        var e2 = eps * eps;
        var d = eps;
        c[1] = d * ((e2 * (6 - e2)) - 16) / 32;
        d *= eps;
        c[2] = d * ((e2 * (64 - (9 * e2))) - 128) / 2048;
        d *= eps;
        c[3] = d * ((9 * e2) - 16) / 768;
        d *= eps;
        c[4] = d * ((3 * e2) - 5) / 512;
        d *= eps;
        c[5] = -7 * d / 1280;
        d *= eps;
        c[6] = -7 * d / 2048;
    }

    /// <summary>A2 − 1, the scale of the reduced-length integral I2.</summary>
    public static double A2m1(double eps)
    {
        var e2 = eps * eps;
        var t = -e2 * (192 + (e2 * (28 + (11 * e2)))) / 256;
        return (t - eps) / (1 + eps);
    }

    /// <summary>Fourier coefficients C2[1…6] of the reduced-length integral I2.</summary>
    public static void C2(double eps, Span<double> c)
    {
        var e2 = eps * eps;
        var d = eps;
        c[1] = d * ((e2 * (e2 + 2)) + 16) / 32;
        d *= eps;
        c[2] = d * ((e2 * ((35 * e2) + 64)) + 384) / 2048;
        d *= eps;
        c[3] = d * ((15 * e2) + 80) / 768;
        d *= eps;
        c[4] = d * ((7 * e2) + 35) / 512;
        d *= eps;
        c[5] = d * 63 / 1280;
        d *= eps;
        c[6] = d * 77 / 2048;
    }

    /// <summary>A3, the longitude scale of the auxiliary sphere.</summary>
    public static double A3(double eps) => Polynomial(_a3, eps);

    /// <summary>Fourier coefficients C3[1…5] of the longitude integral I3.</summary>
    public static void C3(double eps, Span<double> c)
    {
        var power = 1.0;
        for (var l = 1; l < _c3.Length; l++)
        {
            power *= eps;
            c[l] = power * Polynomial(_c3[l], eps);
        }
    }

    /// <summary>Σ p[k]·x^k by Horner's rule.</summary>
    private static double Polynomial(double[] p, double x)
    {
        var y = 0.0;
        for (var k = p.Length - 1; k >= 0; k--)
        {
            y = (y * x) + p[k];
        }

        return y;
    }
}

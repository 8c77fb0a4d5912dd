namespace FireMap.Spatial.Geodesy;

/// <summary>
/// Angle arithmetic in degrees that keeps full double precision, as Karney (2013) "Algorithms for
/// geodesics", J. Geodesy 87:43–55, requires: reducing degrees before converting to radians makes
/// sin(90°) exactly 1 and keeps longitude differences exact near ±180°.
/// </summary>
internal static class GeodesicMath
{
    public const double Degree = Math.PI / 180;

    public static double Sq(double x) => x * x;

    /// <summary>Error-free sum (Knuth's TwoSum): returns s = fl(u + v) and the rounding error t, with s + t = u + v exactly.</summary>
    public static double TwoSum(double u, double v, out double t)
    {
        var s = u + v;
        var up = s - v;
        var vpp = s - up;
        up -= u;
        vpp -= v;
        t = -(up + vpp);
        return s;
    }

    /// <summary>Reduces an angle in degrees to (−180, 180].</summary>
    public static double AngNormalize(double x)
    {
        var y = Math.IEEERemainder(x, 360);
        return y == -180 ? 180 : y;
    }

    /// <summary>
    /// Exact difference y − x of two angles in degrees, reduced to [−180, 180]; the rounding error is
    /// returned in <paramref name="error"/>. Karney's inverse solution needs this so that λ12 close to 180°
    /// (nearly antipodal points) is not spoiled by cancellation.
    /// </summary>
    public static double AngDiff(double x, double y, out double error)
    {
        var d = TwoSum(AngNormalize(-x), AngNormalize(y), out var t);
        d = AngNormalize(d);
        return TwoSum(d == 180 && t > 0 ? -180 : d, t, out error);
    }

    /// <summary>
    /// Rounds tiny angles (below 1/16°) to a multiple of 2^−57 degrees so that values such as 1e−300
    /// become exactly 0 or representable sums; this avoids underflow in the series (Karney 2013, inverse problem).
    /// </summary>
    public static double AngRound(double x)
    {
        const double z = 1.0 / 16;
        var y = Math.Abs(x);
        y = y < z ? z - (z - y) : y;
        return Math.CopySign(y, x);
    }

    /// <summary>Sine and cosine of an angle in degrees with exact quadrant reduction.</summary>
    public static (double Sin, double Cos) SinCosDegrees(double x)
    {
        var r = Math.IEEERemainder(x, 360);
        var q = (int)Math.Round(r / 90);
        // |r − 90q| ≤ 45 and the subtraction is exact (Sterbenz), so no error enters before the radians.
        r = (r - (90 * q)) * Degree;
        var s = Math.Sin(r);
        var c = Math.Cos(r);
        (s, c) = (q & 3) switch
        {
            0 => (s, c),
            1 => (c, -s),
            2 => (-s, -c),
            _ => (-c, s),
        };
        return (x == 0 ? x : s, c + 0.0);
    }

    /// <summary>Scales (y, x) to unit length, as sine and cosine of the same angle.</summary>
    public static void Norm(ref double y, ref double x)
    {
        var r = double.Hypot(y, x);
        y /= r;
        x /= r;
    }

    /// <summary>
    /// Clenshaw summation of Σ c[k]·sin(2kσ) for k = 1 … c.Length − 1, given sin σ and cos σ
    /// (Clenshaw 1955, as Karney 2013 evaluates all its series); c[0] is unused.
    /// </summary>
    public static double SinSeries(double sinSigma, double cosSigma, ReadOnlySpan<double> c)
    {
        var twoCos2Sigma = 2 * (cosSigma - sinSigma) * (cosSigma + sinSigma);
        double b1 = 0, b2 = 0;
        for (var k = c.Length - 1; k >= 1; k--)
        {
            var b0 = c[k] + (twoCos2Sigma * b1) - b2;
            b2 = b1;
            b1 = b0;
        }

        return 2 * sinSigma * cosSigma * b1;
    }
}

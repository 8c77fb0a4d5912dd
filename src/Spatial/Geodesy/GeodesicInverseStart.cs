using static FireMap.Spatial.Geodesy.GeodesicMath;
using static FireMap.Spatial.Geodesy.GeodesicSeries;

namespace FireMap.Spatial.Geodesy;

/// <summary>
/// The starting guess for α1 in the inverse problem (Karney 2013 "Algorithms for geodesics"):
/// a spherical estimate with the mean dn for short lines (exact enough to finish without iterating when
/// very short), and for nearly antipodal points the solution of the astroid equation, where Vincenty's
/// (1975) iteration is known to fail to converge.
/// </summary>
internal static class GeodesicInverseStart
{
    private const double MachineEpsilon = 2.220446049250313e-16; // 2^-52 (not double.Epsilon, the smallest subnormal)
    private const double Tol1 = 200 * MachineEpsilon;
    private static readonly double _xThreshold = 1000 * Math.Sqrt(MachineEpsilon);

    // σ12 below which the spherical short-line solution is already exact to round-off: the relative
    // error of that solution is about σ12² f / 2, so this is √ε with a safety factor (Karney's etol2).
    private static readonly double _shortLineSigma =
        0.1 * Math.Sqrt(MachineEpsilon) / Math.Sqrt(Math.Max(0.001, Math.Abs(F)) * Math.Min(1, 1 - (F / 2)) / 2);

    /// <summary>A guess for α1 and, if the line is so short that no iteration is needed, σ12, α2 and the mean dn.</summary>
    public readonly record struct Guess(double Sig12, double Salp1, double Calp1, double Salp2, double Calp2, double Dnm);

    /// <summary>Returns the guess; Sig12 &lt; 0 means Newton's method must refine Salp1/Calp1.</summary>
    public static Guess Compute(in GeodesicLambda.Endpoints p, double lam12, double slam12, double clam12)
    {
        double sig12 = -1, salp2 = double.NaN, calp2 = double.NaN, dnm = double.NaN;
        var sbet12 = (p.Sbet2 * p.Cbet1) - (p.Cbet2 * p.Sbet1);  // β2 − β1
        var cbet12 = (p.Cbet2 * p.Cbet1) + (p.Sbet2 * p.Sbet1);
        var sbet12a = (p.Sbet2 * p.Cbet1) + (p.Cbet2 * p.Sbet1); // β2 + β1
        var shortLine = cbet12 >= 0 && sbet12 < 0.5 && p.Cbet2 * lam12 < 0.5;
        double somg12, comg12;
        if (shortLine)
        {
            // Scale λ12 to the auxiliary sphere's ω12 with dn at the mean reduced latitude.
            var sbetm2 = Sq(p.Sbet1 + p.Sbet2);
            sbetm2 /= sbetm2 + Sq(p.Cbet1 + p.Cbet2);
            dnm = Math.Sqrt(1 + (Ep2 * sbetm2));
            var omg12 = lam12 / (F1 * dnm);
            somg12 = Math.Sin(omg12);
            comg12 = Math.Cos(omg12);
        }
        else
        {
            somg12 = slam12;
            comg12 = clam12;
        }

        // Azimuth of the great circle on the auxiliary sphere, written to avoid cancellation.
        var salp1 = p.Cbet2 * somg12;
        var calp1 = comg12 >= 0
            ? sbet12 + (p.Cbet2 * p.Sbet1 * Sq(somg12) / (1 + comg12))
            : sbet12a - (p.Cbet2 * p.Sbet1 * Sq(somg12) / (1 - comg12));
        var ssig12 = double.Hypot(salp1, calp1);
        var csig12 = (p.Sbet1 * p.Sbet2) + (p.Cbet1 * p.Cbet2 * comg12);

        if (shortLine && ssig12 < _shortLineSigma)
        {
            salp2 = p.Cbet1 * somg12;
            calp2 = sbet12 - (p.Cbet1 * p.Sbet2 * (comg12 >= 0 ? Sq(somg12) / (1 + comg12) : 1 - comg12));
            Norm(ref salp2, ref calp2);
            sig12 = Math.Atan2(ssig12, csig12);
        }
        else if (csig12 < 0 && ssig12 < 6 * N * Math.PI * Sq(p.Cbet1))
        {
            (salp1, calp1) = NearlyAntipodal(p, slam12, clam12, sbet12a);
        }

        if (!(salp1 <= 0))
        {
            Norm(ref salp1, ref calp1);
        }
        else
        {
            salp1 = 1;
            calp1 = 0;
        }

        return new Guess(sig12, salp1, calp1, salp2, calp2, dnm);
    }

    // Nearly antipodal points: scale to coordinates (x, y) centred on the antipode, in which the
    // geodesics' envelope is an astroid, and solve it for α1 (Karney 2013, inverse problem).
    private static (double Salp1, double Calp1) NearlyAntipodal(in GeodesicLambda.Endpoints p, double slam12, double clam12, double sbet12a)
    {
        var lam12x = Math.Atan2(-slam12, -clam12); // λ12 − π
        var lamScale = F * p.Cbet1 * A3(Epsilon(Sq(p.Sbet1) * Ep2)) * Math.PI;
        var betScale = lamScale * p.Cbet1;
        var x = lam12x / lamScale;
        var y = sbet12a / betScale;
        if (y > -Tol1 && x > -1 - _xThreshold)
        {
            // On the strip near the cut through the antipode the astroid degenerates; α1 follows from x alone.
            var salp1 = Math.Min(1, -x);
            return (salp1, -Math.Sqrt(1 - Sq(salp1)));
        }

        var k = Astroid(x, y);
        var omg12a = lamScale * (-x * k / (1 + k));
        var somg12 = Math.Sin(omg12a);
        var comg12 = -Math.Cos(omg12a);
        return (p.Cbet2 * somg12, sbet12a - (p.Cbet2 * p.Sbet1 * Sq(somg12) / (1 - comg12)));
    }

    /// <summary>Positive root k of k⁴ + 2k³ − (x² + y² − 1)k² − 2y²k − y² = 0 (Karney 2013, inverse problem).</summary>
    private static double Astroid(double x, double y)
    {
        var p = Sq(x);
        var q = Sq(y);
        var r = (p + q - 1) / 6;
        if (q == 0 && r <= 0)
        {
            return 0;
        }

        var s = p * q / 4;
        var r2 = Sq(r);
        var r3 = r * r2;
        var disc = s * (s + (2 * r3));
        var u = r;
        if (disc >= 0)
        {
            // Choose the sign of the root that maximises |T³| to avoid cancellation.
            var t3 = s + r3;
            t3 += t3 < 0 ? -Math.Sqrt(disc) : Math.Sqrt(disc);
            var t = Math.Cbrt(t3);
            u += t + (t != 0 ? r2 / t : 0);
        }
        else
        {
            var ang = Math.Atan2(Math.Sqrt(-disc), -(s + r3));
            u += 2 * r * Math.Cos(ang / 3);
        }

        var v = Math.Sqrt(Sq(u) + q);
        var uv = u < 0 ? q / (v - u) : u + v;
        var w = (uv - q) / (2 * v);
        return uv / (Math.Sqrt(uv + Sq(w)) + w);
    }
}

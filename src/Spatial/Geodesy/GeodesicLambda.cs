using static FireMap.Spatial.Geodesy.GeodesicMath;
using static FireMap.Spatial.Geodesy.GeodesicSeries;

namespace FireMap.Spatial.Geodesy;

/// <summary>
/// The two integrals the inverse solution iterates on (Karney 2013 "Algorithms for geodesics"):
/// the longitude difference λ12 reached from point 1 with a trial azimuth α1, and the distance and
/// reduced length on the auxiliary sphere.
/// </summary>
internal static class GeodesicLambda
{
    private const double Tiny = 1.4916681462400413e-154; // sqrt(smallest normal double): underflow guard

    /// <summary>Reduced latitudes β of both points as sin/cos, and dn = √(1 + e'² sin²β).</summary>
    public readonly record struct Endpoints(double Sbet1, double Cbet1, double Dn1, double Sbet2, double Cbet2, double Dn2);

    /// <summary>What one evaluation of λ12(α1) leaves behind for the next step of the solution.</summary>
    public struct State
    {
        public double Salp2, Calp2, Sig12, Ssig1, Csig1, Ssig2, Csig2, Eps, Dlam12;
    }

    /// <summary>
    /// Returns λ12(α1) − λ12 (the residual Newton's method drives to zero) with its derivative
    /// dλ12/dα1 = m12 / (a cos α2 cos β2), from the reduced length m12, when <paramref name="withDerivative"/>.
    /// </summary>
    public static double Residual(in Endpoints p, double salp1, double calp1, double slam12, double clam12, bool withDerivative, out State s)
    {
        s = default;
        if (p.Sbet1 == 0 && calp1 == 0)
        {
            // An equatorial start heading due east or west is degenerate; nudge it (the equatorial case is handled before).
            calp1 = -Tiny;
        }

        // Clairaut: sin α0 = sin α1 cos β1; then tan σ1 = tan β1 / cos α1 and tan ω1 = sin α0 tan σ1.
        var salp0 = salp1 * p.Cbet1;
        var calp0 = double.Hypot(calp1, salp1 * p.Sbet1);
        s.Ssig1 = p.Sbet1;
        var somg1 = salp0 * p.Sbet1;
        s.Csig1 = calp1 * p.Cbet1;
        var comg1 = s.Csig1;
        Norm(ref s.Ssig1, ref s.Csig1);

        // α2 from Clairaut again; the differences below keep accuracy when |β2| is close to |β1|.
        s.Salp2 = p.Cbet2 != p.Cbet1 ? salp0 / p.Cbet2 : salp1;
        s.Calp2 = p.Cbet2 != p.Cbet1 || Math.Abs(p.Sbet2) != -p.Sbet1
            ? Math.Sqrt(Sq(calp1 * p.Cbet1) + (p.Cbet1 < -p.Sbet1
                ? (p.Cbet2 - p.Cbet1) * (p.Cbet1 + p.Cbet2)
                : (p.Sbet1 - p.Sbet2) * (p.Sbet1 + p.Sbet2))) / p.Cbet2
            : Math.Abs(calp1);
        s.Ssig2 = p.Sbet2;
        var somg2 = salp0 * p.Sbet2;
        s.Csig2 = s.Calp2 * p.Cbet2;
        var comg2 = s.Csig2;
        Norm(ref s.Ssig2, ref s.Csig2);

        s.Sig12 = Math.Atan2(Math.Max(0, (s.Csig1 * s.Ssig2) - (s.Ssig1 * s.Csig2)) + 0.0, (s.Csig1 * s.Csig2) + (s.Ssig1 * s.Ssig2));
        var somg12 = Math.Max(0, (comg1 * somg2) - (somg1 * comg2)) + 0.0;
        var comg12 = (comg1 * comg2) + (somg1 * somg2);

        // η = ω12 − λ12(target), computed as one angle so that nothing cancels near λ12 = 180°.
        var eta = Math.Atan2((somg12 * clam12) - (comg12 * slam12), (comg12 * clam12) + (somg12 * slam12));
        s.Eps = Epsilon(Sq(calp0) * Ep2);
        Span<double> c3 = stackalloc double[Order];
        C3(s.Eps, c3);
        var b312 = SinSeries(s.Ssig2, s.Csig2, c3) - SinSeries(s.Ssig1, s.Csig1, c3);
        var domg12 = -F * A3(s.Eps) * salp0 * (s.Sig12 + b312);

        if (withDerivative)
        {
            s.Dlam12 = s.Calp2 == 0
                ? -2 * F1 * p.Dn1 / p.Sbet1
                : Lengths(s.Eps, s.Sig12, s.Ssig1, s.Csig1, p.Dn1, s.Ssig2, s.Csig2, p.Dn2).M12b * F1 / (s.Calp2 * p.Cbet2);
        }

        return eta + domg12;
    }

    /// <summary>
    /// Distance s12/b and reduced length m12/b between σ1 and σ2 on the auxiliary sphere: s12/b = A1(σ12 + B1)
    /// and m12/b from the integral J12. Parentheses keep cancellation exact for coincident points.
    /// </summary>
    public static (double S12b, double M12b) Lengths(double eps, double sig12, double ssig1, double csig1, double dn1, double ssig2, double csig2, double dn2)
    {
        Span<double> c1 = stackalloc double[Order + 1];
        Span<double> c2 = stackalloc double[Order + 1];
        C1(eps, c1);
        C2(eps, c2);
        var a1m1 = A1m1(eps);
        var a2m1 = A2m1(eps);
        var m0 = a1m1 - a2m1;
        var a1 = 1 + a1m1;
        var a2 = 1 + a2m1;
        var b1 = SinSeries(ssig2, csig2, c1) - SinSeries(ssig1, csig1, c1);
        var b2 = SinSeries(ssig2, csig2, c2) - SinSeries(ssig1, csig1, c2);
        var s12b = a1 * (sig12 + b1);
        var j12 = (m0 * sig12) + ((a1 * b1) - (a2 * b2));
        var m12b = (dn2 * (csig1 * ssig2)) - (dn1 * (ssig1 * csig2)) - (csig1 * csig2 * j12);
        return (s12b, m12b);
    }
}

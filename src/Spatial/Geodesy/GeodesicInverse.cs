using static FireMap.Spatial.Geodesy.GeodesicMath;
using static FireMap.Spatial.Geodesy.GeodesicSeries;

namespace FireMap.Spatial.Geodesy;

/// <summary>
/// The inverse geodesic problem on WGS84 after Karney (2013) "Algorithms for geodesics", J. Geodesy
/// 87:43–55 (the algorithm of GeographicLib): shortest distance and initial azimuth between two points.
/// Unlike Vincenty (1975) it converges for every pair, including nearly antipodal points.
/// </summary>
internal static class GeodesicInverse
{
    private const double MachineEpsilon = 2.220446049250313e-16;
    private const double Tiny = 1.4916681462400413e-154; // sqrt(smallest normal double)
    private const int NewtonIterations = 20;
    private const int MaxIterations = NewtonIterations + 53 + 10; // then bisection down to the last bit

    /// <summary>Distance in metres and the azimuth at point 1 as a unit vector (sin = east, cos = north).</summary>
    public readonly record struct Solution(double Distance, double SinAzimuth1, double CosAzimuth1);

    /// <summary>Solves the inverse problem for validated degrees (lat −90…90, lon −180…180).</summary>
    public static Solution Solve(double lat1, double lon1, double lat2, double lon2)
    {
        // Bring the problem to the canonical form 0 ≤ λ12 ≤ 180, −90 ≤ φ1 ≤ 0, |φ2| ≤ |φ1|; the three
        // signs below undo it at the end. λ12 near 180 is carried as 180 − λ12 to keep it exact.
        var lon12 = AngDiff(lon1, lon2, out var lon12Error);
        var lonSign = double.IsNegative(lon12) ? -1 : 1;
        lon12 = lonSign * AngRound(lon12);
        var lon12s = AngRound((180 - lon12) - (lonSign * lon12Error));
        var lam12 = lon12 * Degree;
        double slam12, clam12;
        if (lon12 > 90)
        {
            (slam12, clam12) = SinCosDegrees(lon12s);
            clam12 = -clam12;
        }
        else
        {
            (slam12, clam12) = SinCosDegrees(lon12);
        }

        lat1 = AngRound(lat1);
        lat2 = AngRound(lat2);
        var swap = Math.Abs(lat1) < Math.Abs(lat2) ? -1 : 1;
        if (swap < 0)
        {
            lonSign = -lonSign;
            (lat1, lat2) = (lat2, lat1);
        }

        var latSign = double.IsNegative(lat1) ? 1 : -1;
        var p = ReducedLatitudes(lat1 * latSign, lat2 * latSign);

        var meridian = lat1 * latSign == -90 || slam12 == 0;
        var (s12, salp1, calp1, salp2, calp2) = meridian
            ? Meridian(p, slam12, clam12)
            : p.Sbet1 == 0 && lon12s >= F * 180
                ? (A * lam12, 1.0, 0.0, 1.0, 0.0) // along the equator, shorter than any geodesic over a pole
                : General(p, lam12, slam12, clam12);

        if (swap < 0)
        {
            (salp1, salp2) = (salp2, salp1);
            (calp1, calp2) = (calp2, calp1);
        }

        salp1 *= swap * lonSign;
        calp1 *= swap * latSign;
        Norm(ref salp1, ref calp1);
        return new Solution(0.0 + s12, salp1, calp1);
    }

    // tan β = (1 − f) tan φ; cos β kept ≥ tiny so that the poles need no special case.
    private static GeodesicLambda.Endpoints ReducedLatitudes(double lat1, double lat2)
    {
        var (sbet1, cbet1) = SinCosDegrees(lat1);
        sbet1 *= F1;
        Norm(ref sbet1, ref cbet1);
        cbet1 = Math.Max(Tiny, cbet1);
        var (sbet2, cbet2) = SinCosDegrees(lat2);
        sbet2 *= F1;
        Norm(ref sbet2, ref cbet2);
        cbet2 = Math.Max(Tiny, cbet2);

        // When |β2| equals |β1| up to round-off, force it exactly: the iteration relies on that symmetry.
        if (cbet1 < -sbet1)
        {
            if (cbet2 == cbet1)
            {
                sbet2 = Math.CopySign(sbet1, sbet2);
            }
        }
        else if (Math.Abs(sbet2) == -sbet1)
        {
            cbet2 = cbet1;
        }

        return new GeodesicLambda.Endpoints(
            sbet1, cbet1, Math.Sqrt(1 + (Ep2 * Sq(sbet1))), sbet2, cbet2, Math.Sqrt(1 + (Ep2 * Sq(sbet2))));
    }

    // Both points on one meridian (or point 1 at a pole): the geodesic is the meridian arc.
    private static (double S12, double Salp1, double Calp1, double Salp2, double Calp2) Meridian(
        in GeodesicLambda.Endpoints p, double slam12, double clam12)
    {
        double calp1 = clam12, salp1 = slam12, calp2 = 1, salp2 = 0;
        var ssig1 = p.Sbet1;
        var csig1 = calp1 * p.Cbet1;
        var ssig2 = p.Sbet2;
        var csig2 = calp2 * p.Cbet2;
        var sig12 = Math.Atan2(Math.Max(0, (csig1 * ssig2) - (ssig1 * csig2)) + 0.0, (csig1 * csig2) + (ssig1 * ssig2));
        var (s12b, m12b) = GeodesicLambda.Lengths(N, sig12, ssig1, csig1, p.Dn1, ssig2, csig2, p.Dn2);
        if (sig12 < 3 * Tiny || (sig12 < MachineEpsilon && (s12b < 0 || m12b < 0)))
        {
            s12b = 0; // coincident points (also both at one pole) must give exactly 0, never a tiny negative
        }

        return (s12b * B, salp1, calp1, salp2, calp2);
    }

    private static (double S12, double Salp1, double Calp1, double Salp2, double Calp2) General(
        in GeodesicLambda.Endpoints p, double lam12, double slam12, double clam12)
    {
        var guess = GeodesicInverseStart.Compute(p, lam12, slam12, clam12);
        var salp1 = guess.Salp1;
        var calp1 = guess.Calp1;
        if (guess.Sig12 >= 0)
        {
            // Very short line: the spherical solution with the mean dn is exact to round-off.
            return (guess.Sig12 * B * guess.Dnm, salp1, calp1, guess.Salp2, guess.Calp2);
        }

        // Newton's method on α1 for λ12(α1) = λ12, keeping a bracket [α1a, α1b] around the root and
        // bisecting whenever a Newton step leaves it or the derivative is not positive.
        double salp1a = Tiny, calp1a = 1, salp1b = Tiny, calp1b = -1;
        GeodesicLambda.State state;
        var nearConverged = false;
        var bisected = false;
        for (var iteration = 0; ; iteration++)
        {
            var v = GeodesicLambda.Residual(p, salp1, calp1, slam12, clam12, iteration < NewtonIterations, out state);
            if (bisected || !(Math.Abs(v) >= (nearConverged ? 8 : 1) * MachineEpsilon) || iteration == MaxIterations)
            {
                break;
            }

            if (v > 0 && (iteration > NewtonIterations || calp1 / salp1 > calp1b / salp1b))
            {
                (salp1b, calp1b) = (salp1, calp1);
            }
            else if (v < 0 && (iteration > NewtonIterations || calp1 / salp1 < calp1a / salp1a))
            {
                (salp1a, calp1a) = (salp1, calp1);
            }

            if (iteration < NewtonIterations && state.Dlam12 > 0)
            {
                var dalp1 = -v / state.Dlam12;
                if (Math.Abs(dalp1) < Math.PI)
                {
                    var (sdalp1, cdalp1) = (Math.Sin(dalp1), Math.Cos(dalp1));
                    var nsalp1 = (salp1 * cdalp1) + (calp1 * sdalp1);
                    if (nsalp1 > 0)
                    {
                        calp1 = (calp1 * cdalp1) - (salp1 * sdalp1);
                        salp1 = nsalp1;
                        Norm(ref salp1, ref calp1);
                        nearConverged = Math.Abs(v) <= 16 * MachineEpsilon;
                        continue;
                    }
                }
            }

            salp1 = (salp1a + salp1b) / 2;
            calp1 = (calp1a + calp1b) / 2;
            Norm(ref salp1, ref calp1);
            nearConverged = false;
            bisected = Math.Abs(salp1a - salp1) + (calp1a - calp1) < MachineEpsilon
                || Math.Abs(salp1 - salp1b) + (calp1 - calp1b) < MachineEpsilon;
        }

        var s12b = GeodesicLambda.Lengths(state.Eps, state.Sig12, state.Ssig1, state.Csig1, p.Dn1, state.Ssig2, state.Csig2, p.Dn2).S12b;
        return (s12b * B, salp1, calp1, state.Salp2, state.Calp2);
    }
}

using FireMap.Spatial.Geocoding.Gazetteers;
using FireMap.Spatial.Geocoding.Parsing;

namespace FireMap.Spatial.Geocoding.Matching;

/// <summary>
/// Turns a name's similarity into a score by how the address's road and number agree with the entry's.
/// </summary>
/// <remarks>
/// The road number is strong evidence: with it, a name one typo off (0.75) still scores 0.875, and a name
/// matched at all (0.34) 0.67. Without any road the name alone can reach 0.95. A road that contradicts the
/// entry's caps the score at 0.7, never confident: the address may mean a namesake elsewhere.
/// </remarks>
internal static class RoadAgreement
{
    public static double Score(GazetteerEntry entry, ParsedAddress p, double similarity, ref MatchEvidence evidence)
    {
        if (p.Road is null)
        {
            return 0.95 * similarity;
        }

        if (entry.Road is null)
        {
            return 0.9 * similarity;
        }

        if (p.IsKnownRoad && entry.Road == p.Road)
        {
            if (p.HouseNumber is null)
            {
                evidence |= MatchEvidence.Road;
                return 0.45 + (0.5 * similarity);
            }

            if (entry.HouseNumber == p.HouseNumber)
            {
                evidence |= MatchEvidence.RoadNumber;
                return 0.5 + (0.5 * similarity);
            }

            evidence |= MatchEvidence.HouseNumberDiffers;
            return 0.85 * similarity;
        }

        evidence |= MatchEvidence.RoadDiffers;
        return 0.7 * similarity;
    }
}

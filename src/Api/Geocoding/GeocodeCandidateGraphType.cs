using FireMap.Api.Access;
using FireMap.Spatial.Geocoding;
using GraphQL.Types;

namespace FireMap.Api.Geocoding;

/// <summary>A place an address may denote, with how sure the match is.</summary>
public sealed class GeocodeCandidateGraphType : ObjectGraphType<(GeocodeCandidate Candidate, long? Id)>
{
    public GeocodeCandidateGraphType()
    {
        this.Allow(AccessRule.Read);
        Name = "GeocodeCandidate";
        Description = "A candidate match of an address.";
        Field<NonNullGraphType<MatchLevelGraphType>>("level").Description("What was matched.").Resolve(c => c.Source.Candidate.Level);
        Field<NonNullGraphType<FloatGraphType>>("score").Description("0–1; 0.8 and above is a confident match.").Resolve(c => c.Source.Candidate.Score);
        Field<NonNullGraphType<BooleanGraphType>>("confident").Description("Score at least 0.8 and no equally good rival.").Resolve(c => c.Source.Candidate.IsConfident);
        Field<IdGraphType>("id").Description("Id of the matched building, place, compound or community (null for roads).").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("code").Description("Code of the matched entry.").Resolve(c => c.Source.Candidate.Entry.Code);
        Field<NonNullGraphType<StringGraphType>>("name").Description("Name of the matched entry.").Resolve(c => c.Source.Candidate.Entry.Name);
        Field<StringGraphType>("address").Description("Address of the matched entry.").Resolve(c => c.Source.Candidate.Entry.Address);
        Field<NonNullGraphType<FloatGraphType>>("lon").Description("Longitude of the matched point, WGS84.").Resolve(c => c.Source.Candidate.Lon);
        Field<NonNullGraphType<FloatGraphType>>("lat").Description("Latitude of the matched point, WGS84.").Resolve(c => c.Source.Candidate.Lat);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("evidence")
            .Description("Why it matched or what does not fit, e.g. NameExact, RoadNumber, BuildingNotFound, Ambiguous.")
            .Resolve(c => Enum.GetValues<MatchEvidence>().Where(e => e != 0 && c.Source.Candidate.Evidence.HasFlag(e)).Select(e => e.ToString()).ToList());
    }
}

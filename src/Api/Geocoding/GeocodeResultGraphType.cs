using FireMap.Api.Access;
using GraphQL.Types;

namespace FireMap.Api.Geocoding;

/// <summary>The answer for one address: its parse, the best match when confident, and the ranked candidates.</summary>
public sealed class GeocodeResultGraphType : ObjectGraphType<GeocodeAnswer>
{
    public GeocodeResultGraphType()
    {
        this.Allow(AccessRule.Read);
        Name = "GeocodeResult";
        Description = "Ranked candidates for an address; best is null unless the first is confident.";
        Field<NonNullGraphType<StringGraphType>>("input").Description("The address as given.").Resolve(c => c.Source.Result.Input);
        Field<NonNullGraphType<ParsedAddressGraphType>>("parsed").Description("The address split into levels.").Resolve(c => c.Source.Result.Parsed);
        Field<GeocodeCandidateGraphType>("best").Description("The first candidate when it is confident (score ≥ 0.8), else null.")
            .Resolve(c => c.Source.Result.Best is { } best ? c.Source.WithId(best) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GeocodeCandidateGraphType>>>>("candidates")
            .Description("Candidates, best first; empty when nothing plausible matches.")
            .Resolve(c => c.Source.Result.Candidates.Select(c.Source.WithId).ToList());
    }
}

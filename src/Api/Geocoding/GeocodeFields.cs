using FireMap.Api.Access;
using FireMap.Api.Errors;
using FireMap.Api.GraphQL;
using FireMap.Api.GraphQL.Types;
using GraphQL;
using GraphQL.Types;

namespace FireMap.Api.Geocoding;

/// <summary>Address search: <c>geocode</c>, <c>geocodeBatch</c> and <c>reverseGeocode</c>.</summary>
public sealed class GeocodeFields : IRootFields
{
    /// <summary>Complexity of geocoding one address of a batch.</summary>
    public const int AddressCost = 10;

    public const int MaxAddressLength = 200;
    public const int MaxCandidates = 20;
    public const int MaxBatch = 1000;

    public void AddQueries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<GeocodeResultGraphType>>("geocode")
            .Allow(AccessRule.Read)
            .Description("Ranked candidates for a Chinese address; unknown or ambiguous input gets candidates below 0.8 or none, never a confident wrong match.")
            .Argument<NonNullGraphType<StringGraphType>>("address", $"The address, at most {MaxAddressLength} characters.")
            .Argument<IntGraphType>("limit", $"How many candidates, 1–{MaxCandidates} (default 5).")
            .ResolveAsync(async context =>
            {
                var address = Address(context.GetArgument<string>("address"), "address");
                var limit = Limit(context, 5);
                var snapshot = await Provider(context).GetAsync(context.CancellationToken);
                return new GeocodeAnswer(snapshot.Geocoder.Geocode(address, limit), snapshot);
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<GeocodeResultGraphType>>>>("geocodeBatch")
            .Allow(AccessRule.Read)
            .Description($"geocode for up to {MaxBatch} addresses, answered in input order.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("addresses", "The addresses.")
            .Argument<IntGraphType>("limit", $"Candidates per address, 1–{MaxCandidates} (default 1).")
            // Each address is one gazetteer search: aliases of a 1,000-address batch add up fast.
            .WithComplexityImpact(cost => new(AddressCost * FieldCosts.CountOf(cost, "addresses"),
                Math.Max(1, FieldCosts.CountOf(cost, "addresses") * (cost.GetArgument<int?>("limit") ?? 1))))
            .ResolveAsync(async context =>
            {
                var addresses = context.GetArgument<List<string>>("addresses");
                if (addresses.Count > MaxBatch)
                {
                    throw Rejection.BadInput("addresses", $"at most {MaxBatch} addresses per request, got {addresses.Count}");
                }

                addresses = addresses.Select(a => Address(a, "addresses")).ToList();
                var limit = Limit(context, 1);
                var snapshot = await Provider(context).GetAsync(context.CancellationToken);
                return snapshot.Geocoder.GeocodeBatch(addresses, limit).Select(r => new GeocodeAnswer(r, snapshot)).ToList();
            });

        query.Field<ReverseGeocodeGraphType>("reverseGeocode")
            .Allow(AccessRule.Read)
            .Description("The nearest building or compound with an address; null when the gazetteer is empty.")
            .Argument<NonNullGraphType<PointInputGraphType>>("point", "Where, WGS84.")
            .ResolveAsync(async context =>
            {
                var point = Arguments.Point(context, "point");
                var snapshot = await Provider(context).GetAsync(context.CancellationToken);
                var nearest = snapshot.Geocoder.ReverseGeocode(point.Lon, point.Lat).FirstOrDefault();
                return nearest is null ? null : new ReverseAnswer(nearest, snapshot.IdOf(nearest.Entry.Level, nearest.Entry.Code));
            });
    }

    private static GeocoderProvider Provider(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<GeocoderProvider>();

    private static string Address(string? address, string argument) => address switch
    {
        null or { Length: 0 } => throw Rejection.BadInput(argument, "an address must not be empty"),
        { Length: > MaxAddressLength } => throw Rejection.BadInput(argument, $"an address is at most {MaxAddressLength} characters"),
        _ when string.IsNullOrWhiteSpace(address) => throw Rejection.BadInput(argument, "an address must not be blank"),
        _ => address,
    };

    private static int Limit(IResolveFieldContext context, int fallback)
    {
        var limit = context.GetArgument<int?>("limit") ?? fallback;
        return limit is < 1 or > MaxCandidates ? throw Rejection.BadInput("limit", $"must be between 1 and {MaxCandidates}, was {limit}") : limit;
    }
}

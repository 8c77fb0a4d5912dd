using FireMap.Api.Access;
using GraphQL.Types;

namespace FireMap.Api.Accounts;

/// <summary>A new token and its secret, which is shown this once.</summary>
public sealed class CreatedApiTokenGraphType : ObjectGraphType<(ApiTokenRecord Record, string Token)>
{
    public CreatedApiTokenGraphType()
    {
        Name = "CreatedApiToken";
        Description = "A new API token. Copy the token now: it is stored only as a hash and cannot be shown again.";
        this.Allow(AccessRule.OwnAccount);
        Field<NonNullGraphType<StringGraphType>>("token").Description("The secret, for 'Authorization: Bearer <token>'.").Resolve(c => c.Source.Token);
        Field<NonNullGraphType<ApiTokenGraphType>>("apiToken").Description("The token as it will be listed.").Resolve(c => c.Source.Record);
    }
}

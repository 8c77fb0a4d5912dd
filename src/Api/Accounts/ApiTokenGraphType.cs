using FireMap.Api.Access;
using GraphQL.Types;

namespace FireMap.Api.Accounts;

/// <summary>A personal API token as listed (the token itself is shown only once, when created).</summary>
public sealed class ApiTokenGraphType : ObjectGraphType<ApiTokenRecord>
{
    public ApiTokenGraphType()
    {
        Name = "ApiToken";
        Description = "A personal API token for scripts: 'Authorization: Bearer <token>'.";
        this.Allow(AccessRule.OwnAccount);
        Field<NonNullGraphType<IdGraphType>>("id").Description("Id of the token.").Resolve(c => c.Source.Id);
        Field(t => t.Name).Description("The name its owner gave it.");
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("createdAt").Description("When it was created.").Resolve(c => c.Source.CreatedAt);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("expiresAt").Description("When it stops working.").Resolve(c => c.Source.ExpiresAt);
        Field<DateTimeOffsetGraphType>("revokedAt").Description("When it was revoked; null while live.").Resolve(c => c.Source.RevokedAt);
        Field<DateTimeOffsetGraphType>("lastUsedAt").Description("Last use, to the minute.").Resolve(c => c.Source.LastUsedAt);
    }
}

using FireMap.Api.Access;
using GraphQL.Types;

namespace FireMap.Api.Accounts;

/// <summary>The scope of an account: one community for community staff, grids for grid workers, all for the others.</summary>
public sealed class UserScopeGraphType : ObjectGraphType<UserRecord>
{
    public UserScopeGraphType()
    {
        Name = "UserScope";
        Description = "Where a role applies. Both null/empty: every community.";
        this.Allow(AccessRule.OwnAccount);
        Field<StringGraphType>("communityCode").Description("Division code of the community (community staff and grid workers).").Resolve(c => c.Source.CommunityCode);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("gridCodes").Description("Codes of a grid worker's grids.").Resolve(c => c.Source.GridCodes);
    }
}

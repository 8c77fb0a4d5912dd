using GraphQL.Types;

namespace FireMap.Api.Accounts;

/// <summary>Changes to an account; absent fields keep their value.</summary>
public sealed class UserChangeInputGraphType : InputObjectGraphType
{
    public UserChangeInputGraphType()
    {
        Name = "UserChangeInput";
        Description = "Changes to an account; absent fields stay as they are. Any change ends the account's open sessions.";
        Field<StringGraphType>("displayName").Description("Name shown to people.");
        Field<RoleGraphType>("role").Description("A new role.");
        Field<StringGraphType>("communityCode").Description("A new community (community staff).");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("gridCodes").Description("New grids (grid workers).");
        Field<BooleanGraphType>("disabled").Description("true disables the account, false enables it again.");
    }
}

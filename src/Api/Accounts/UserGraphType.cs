using FireMap.Api.Access;
using GraphQL.Types;

namespace FireMap.Api.Accounts;

/// <summary>A user account: name, role and scope. Passwords and their hashes are never published.</summary>
public sealed class UserGraphType : ObjectGraphType<UserRecord>
{
    public UserGraphType()
    {
        Name = "User";
        Description = "A user account with its role and the scope that narrows what it sees and changes.";
        this.Allow(AccessRule.OwnAccount);
        Field<NonNullGraphType<IdGraphType>>("id").Description("Id of the account.").Resolve(c => c.Source.Id);
        Field(u => u.UserName).Description("Sign-in name.");
        Field(u => u.DisplayName).Description("Name shown on the map and in the audit log's views.");
        Field<NonNullGraphType<RoleGraphType>>("role").Description("The role.").Resolve(c => c.Source.Role);
        Field<NonNullGraphType<UserScopeGraphType>>("scope").Description("Where the role applies: a community, grids, or everywhere.").Resolve(c => c.Source);
        Field(u => u.Disabled).Description("A disabled account cannot sign in and its sessions and tokens stop working.");
        Field<DateTimeOffsetGraphType>("lockedUntil").Description("Locked after failed sign-ins until this time.").Resolve(c => c.Source.LockedUntil);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("createdAt").Description("When the account was created.").Resolve(c => c.Source.CreatedAt);
    }
}

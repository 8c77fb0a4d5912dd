using FireMap.Api.Access;
using GraphQL.Types;

namespace FireMap.Api.Accounts;

/// <summary>A new or reset account and, when FireMap generated it, its password.</summary>
public sealed class CreatedUserGraphType : ObjectGraphType<(UserRecord User, string? Password)>
{
    public CreatedUserGraphType()
    {
        Name = "CreatedUser";
        Description = "A user account just created. password is set only when FireMap generated it: hand it over, it is not shown again.";
        this.Allow(AccessRule.ManageUsers);
        Field<NonNullGraphType<UserGraphType>>("user").Description("The account.").Resolve(c => c.Source.User);
        Field<StringGraphType>("password").Description("The generated password, or null when the request gave one.").Resolve(c => c.Source.Password);
    }
}

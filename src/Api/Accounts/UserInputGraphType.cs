using GraphQL.Types;

namespace FireMap.Api.Accounts;

/// <summary>The fields of a new account.</summary>
public sealed class UserInputGraphType : InputObjectGraphType
{
    public UserInputGraphType()
    {
        Name = "UserInput";
        Description = "A new account. Community staff need communityCode; grid workers need gridCodes (grids of one community).";
        Field<NonNullGraphType<StringGraphType>>("userName").Description("Sign-in name: 2–64 lower-case letters, digits, '.', '_' or '-'.");
        Field<NonNullGraphType<StringGraphType>>("displayName").Description("Name shown to people, 1–100 characters.");
        Field<NonNullGraphType<RoleGraphType>>("role").Description("The role.");
        Field<StringGraphType>("communityCode").Description("Division code of a community user's community.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("gridCodes").Description("A grid worker's grids.");
        Field<StringGraphType>("password").Description($"At least {Passwords.MinLength} characters; generated and returned once when absent.");
    }
}

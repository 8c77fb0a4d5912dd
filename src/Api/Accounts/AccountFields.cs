using FireMap.Api.Access;
using FireMap.Api.Errors;
using FireMap.Api.GraphQL;
using GraphQL;
using GraphQL.Types;

namespace FireMap.Api.Accounts;

/// <summary>Who am I, the users an administrator manages, and one's own password and API tokens.</summary>
public sealed class AccountFields : IRootFields
{
    public const int MaxTokenDays = 366;

    public void AddQueries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<UserGraphType>>("me")
            .Description("The signed-in user: name, role and scope.")
            .Allow(AccessRule.OwnAccount)
            .ResolveAsync(async context => await Users(context).FindAsync(User(context).Id, context.CancellationToken)
                ?? throw Rejection.NotFound("user", User(context).Id));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserGraphType>>>>("users")
            .Description("Every user account, by user name. Administrators only.")
            .Allow(AccessRule.ManageUsers)
            .ResolveAsync(async context => await Users(context).ListAsync(context.CancellationToken));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ApiTokenGraphType>>>>("apiTokens")
            .Description("The signed-in user's API tokens, newest first, revoked ones included.")
            .Allow(AccessRule.OwnAccount)
            .ResolveAsync(async context => await Tokens(context).ListAsync(User(context).Id, context.CancellationToken));
    }

    public void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<CreatedUserGraphType>>("createUser")
            .Description("Creates an account. Administrators only; audited.")
            .Allow(AccessRule.ManageUsers)
            .Argument<NonNullGraphType<UserInputGraphType>>("input", "The account.")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<Dictionary<string, object?>>("input");
                var given = input.GetValueOrDefault("password") as string;
                var password = given ?? Passwords.Generate();
                var user = await Service(context).CreateAsync((string)input["userName"]!, (string)input["displayName"]!, (string)input["role"]!,
                    input.GetValueOrDefault("communityCode") as string, Codes(input.GetValueOrDefault("gridCodes")) ?? [], password,
                    User(context).UserName, context.CancellationToken);
                return (user, given is null ? password : null);
            });

        mutation.Field<NonNullGraphType<UserGraphType>>("updateUser")
            .Description("Changes an account's display name, role, scope or disabled flag. Administrators only; audited; ends its sessions.")
            .Allow(AccessRule.ManageUsers)
            .Argument<NonNullGraphType<IdGraphType>>("id", "Id of the account.")
            .Argument<NonNullGraphType<UserChangeInputGraphType>>("input", "The changes.")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<Dictionary<string, object?>>("input");
                return await Service(context).UpdateAsync(Arguments.Id(context), input.GetValueOrDefault("displayName") as string,
                    input.GetValueOrDefault("role") as string, input.GetValueOrDefault("communityCode") as string,
                    Codes(input.GetValueOrDefault("gridCodes")), input.GetValueOrDefault("disabled") as bool?, User(context).UserName, context.CancellationToken);
            });

        mutation.Field<NonNullGraphType<UserGraphType>>("disableUser")
            .Description("Disables an account: it cannot sign in, and its sessions and tokens stop working. Administrators only; audited.")
            .Allow(AccessRule.ManageUsers)
            .Argument<NonNullGraphType<IdGraphType>>("id", "Id of the account.")
            .ResolveAsync(async context =>
            {
                var id = Arguments.Id(context);
                if (id == User(context).Id)
                {
                    throw Rejection.BadInput("id", "you cannot disable your own account");
                }

                return await Service(context).UpdateAsync(id, null, null, null, null, true, User(context).UserName, context.CancellationToken);
            });

        mutation.Field<NonNullGraphType<StringGraphType>>("resetPassword")
            .Description("Sets a new password for an account (generated when absent) and returns it once; unlocks it and ends its sessions. Administrators only; audited.")
            .Allow(AccessRule.ManageUsers)
            .Argument<NonNullGraphType<IdGraphType>>("id", "Id of the account.")
            .Argument<StringGraphType>("password", $"The new password, at least {Passwords.MinLength} characters; generated when absent.")
            .ResolveAsync(async context => await Service(context).ResetPasswordAsync(Arguments.Id(context), context.GetArgument<string?>("password"),
                User(context).UserName, context.CancellationToken));

        mutation.Field<NonNullGraphType<BooleanGraphType>>("changePassword")
            .Description("Changes the signed-in user's own password; other sessions of the account end.")
            .Allow(AccessRule.OwnAccount)
            .Argument<NonNullGraphType<StringGraphType>>("currentPassword", "The password now.")
            .Argument<NonNullGraphType<StringGraphType>>("newPassword", $"The new password, at least {Passwords.MinLength} characters.")
            .ResolveAsync(async context =>
            {
                await Service(context).ChangePasswordAsync(User(context), context.GetArgument<string>("currentPassword"),
                    context.GetArgument<string>("newPassword"), context.CancellationToken);
                return true;
            });

        mutation.Field<NonNullGraphType<CreatedApiTokenGraphType>>("createApiToken")
            .Description("Creates a personal API token for the signed-in user; the token is in the answer once and never again.")
            .Allow(AccessRule.OwnAccount)
            .Argument<NonNullGraphType<StringGraphType>>("name", "What the token is for, 1–100 characters.")
            .Argument<IntGraphType>("expiresInDays", $"Days until it stops working, 1–{MaxTokenDays} (default 90).")
            .ResolveAsync(async context =>
            {
                var name = context.GetArgument<string>("name").Trim();
                if (name.Length is 0 or > 100 || name.Contains('\0', StringComparison.Ordinal))
                {
                    throw Rejection.BadInput("name", "1–100 characters");
                }

                var days = context.GetArgument<int?>("expiresInDays") ?? 90;
                if (days is < 1 or > MaxTokenDays)
                {
                    throw Rejection.BadInput("expiresInDays", $"must be between 1 and {MaxTokenDays}, was {days}");
                }

                return await Tokens(context).CreateAsync(User(context).Id, name, DateTimeOffset.UtcNow.AddDays(days), context.CancellationToken);
            });

        mutation.Field<NonNullGraphType<ApiTokenGraphType>>("revokeApiToken")
            .Description("Revokes one of the signed-in user's tokens (an administrator may revoke anyone's). Revoking twice is harmless.")
            .Allow(AccessRule.OwnAccount)
            .Argument<NonNullGraphType<IdGraphType>>("id", "Id of the token.")
            .ResolveAsync(async context =>
            {
                var user = User(context);
                return await Tokens(context).RevokeAsync(Arguments.Id(context), user.Can(AccessRule.ManageUsers) ? null : user.Id, context.CancellationToken);
            });
    }

    private static CurrentUser User(IResolveFieldContext context) => CurrentUser.Of(context.User);

    private static UserRepository Users(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<UserRepository>();

    private static ApiTokenRepository Tokens(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<ApiTokenRepository>();

    private static AccountService Service(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<AccountService>();

    private static List<string>? Codes(object? value) => value is IEnumerable<object?> list ? [.. list.Select(v => (string)v!)] : null;
}

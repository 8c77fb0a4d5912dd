using FireMap.Api.Access;
using FireMap.Api.Database;
using FireMap.Api.Errors;
using FireMap.Spatial.Vocabulary;

namespace FireMap.Api.Accounts;

/// <summary>
/// <c>./firemap user add NAME --role ROLE [--community CODE | --grid CODE…] [--display-name TEXT]</c>:
/// adds an account from the shell, against the same database the service uses, and prints its
/// generated password once. Runs without serving anything, so it works beside a running service.
/// </summary>
public static class UserCommand
{
    public const string Usage = "usage: ./firemap user add NAME --role ROLE [--community CODE | --grid CODE ...] [--display-name TEXT]";

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, Action<WebApplicationBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args is not ["add", var name, .. var options] || name.StartsWith("--", StringComparison.Ordinal))
        {
            await error.WriteLineAsync(Usage);
            return 2;
        }

        string? role = null, community = null, displayName = null;
        var grids = new List<string>();
        for (var i = 0; i < options.Length; i++)
        {
            var value = i + 1 < options.Length ? options[i + 1] : null;
            switch (options[i])
            {
                case "--role" when value is not null: role = value; i++; break;
                case "--community" when value is not null: community = value; i++; break;
                case "--grid" when value is not null: grids.Add(value); i++; break;
                case "--display-name" when value is not null: displayName = value; i++; break;
                default:
                    await error.WriteLineAsync($"unknown or incomplete option '{options[i]}'\n{Usage}");
                    return 2;
            }
        }

        if (role is null || !Codes.Role.Contains(role))
        {
            await error.WriteLineAsync($"--role must be one of {string.Join(", ", Roles.All)}\n{Usage}");
            return 2;
        }

        // The service's own composition gives the same database, the embedded cluster included.
        await using var app = FireMapApp.Build([], builder =>
        {
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            configure?.Invoke(builder);
        });
        app.Services.GetRequiredService<MigrationRunner>().Apply();
        var accounts = app.Services.GetRequiredService<AccountService>();
        var password = Passwords.Generate();
        try
        {
            var user = await accounts.CreateAsync(name, displayName ?? name, role, community, grids, password, "shell", CancellationToken.None);
            var scope = user.CommunityCode is null ? "all communities" : user.GridCodes.Count > 0
                ? $"grids {string.Join(", ", user.GridCodes)} of community {user.CommunityCode}"
                : $"community {user.CommunityCode}";
            await output.WriteLineAsync($"created {user.UserName} ({user.Role}, {scope})\npassword: {password}\nHand the password over; it is not shown again.");
            return 0;
        }
        catch (Rejection rejection)
        {
            await error.WriteLineAsync(rejection.Message);
            return 1;
        }
    }
}

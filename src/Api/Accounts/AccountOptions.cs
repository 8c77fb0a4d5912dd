namespace FireMap.Api.Accounts;

/// <summary>Accounts (section <c>FireMap:Accounts</c>): sessions, sign-in limits, and where first-start secrets are written.</summary>
public sealed class AccountOptions
{
    public const string Section = "FireMap:Accounts";

    /// <summary>Folder for <c>initial-admin-password</c> and <c>demo-accounts.json</c>; <c>.firemap/</c> when absent.</summary>
    public string? SecretsDirectory { get; set; }

    /// <summary>A session ends after this long without a request (sliding).</summary>
    public TimeSpan SessionIdle { get; set; } = TimeSpan.FromHours(8);

    /// <summary>Sign-in attempts allowed per client address and minute.</summary>
    public int LoginsPerMinute { get; set; } = 10;

    /// <summary>Create one demo account per role when the demo data are loaded into a new database.</summary>
    public bool DemoAccounts { get; set; } = true;
}

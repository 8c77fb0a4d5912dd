namespace FireMap.Api.Access;

/// <summary>
/// Who may use a field, mutation, layer, export or endpoint: a named kind of operation and the
/// roles allowed it. Scope (which community) is applied separately, in SQL. The rules are the
/// authorization matrix of docs/accounts.md; everything without a rule is denied.
/// </summary>
public sealed class AccessRule
{
    private readonly HashSet<string> _roles;

    private AccessRule(string name, string description, bool personal, params string[] roles)
    {
        Name = name;
        Description = description;
        GuardsPersonalData = personal;
        _roles = [.. roles];
    }

    /// <summary>Reading non-personal data (narrowed to their community for community and grid users).</summary>
    public static AccessRule Read { get; } = new("read", "read non-personal data", false, [.. Roles.All]);

    /// <summary>Reading personal data: building chiefs, vulnerable residents. Each read is audited.</summary>
    public static AccessRule Personal { get; } = new("personal", "read personal data", true,
        Roles.Admin, Roles.Subdistrict, Roles.Community, Roles.Grid);

    /// <summary>Reporting a fire-lane blockage.</summary>
    public static AccessRule ReportBlockage { get; } = new("report-blockage", "report a blockage", false,
        Roles.Admin, Roles.Subdistrict, Roles.Community, Roles.Grid, Roles.Station);

    /// <summary>Operational changes: clearing blockages, reporting hazards and moving them through rectification and review.</summary>
    public static AccessRule Operate { get; } = new("operate", "operational changes", false,
        Roles.Admin, Roles.Subdistrict, Roles.Community, Roles.Grid);

    /// <summary>Listed supervision of hazards (挂牌督办 and 摘牌): the sub-district office's decision.</summary>
    public static AccessRule Supervise { get; } = new("supervise", "listed supervision of hazards", false,
        Roles.Admin, Roles.Subdistrict);

    /// <summary>The campaign calendar and the periods of raised risk the model reads: the sub-district office's to set.</summary>
    public static AccessRule Campaign { get; } = new("campaign", "campaign calendar and periods of raised risk", false,
        Roles.Admin, Roles.Subdistrict);

    /// <summary>Writing a compound's plan (一小区一对策): the sub-district and community staff, not grid workers.</summary>
    public static AccessRule Plan { get; } = new("plan", "compound plans", false,
        Roles.Admin, Roles.Subdistrict, Roles.Community);

    /// <summary>Enforcement cases (执法): opening, changing and closing them; the sub-district office and community staff, not grid workers.</summary>
    public static AccessRule Enforce { get; } = new("enforce", "enforcement cases", false,
        Roles.Admin, Roles.Subdistrict, Roles.Community);

    /// <summary>Writing and submitting a community's monthly report: the community staff and the sub-district office.</summary>
    public static AccessRule Report { get; } = new("report", "monthly reports", false,
        Roles.Admin, Roles.Subdistrict, Roles.Community);

    /// <summary>Risk recompute and what-if scenarios.</summary>
    public static AccessRule Analyse { get; } = new("analyse", "risk recompute and what-if", false,
        Roles.Admin, Roles.Subdistrict, Roles.Analyst);

    /// <summary>Lists and exports as files (scoped like reads).</summary>
    public static AccessRule Export { get; } = new("export", "exports", false, [.. Roles.All]);

    /// <summary>Importing data files.</summary>
    public static AccessRule Import { get; } = new("import", "import data", false, Roles.Admin);

    /// <summary>Managing users and other people's tokens.</summary>
    public static AccessRule ManageUsers { get; } = new("manage-users", "manage users", false, Roles.Admin);

    /// <summary>Running the service: backups, jobs, health and metrics (the admin page). Administrators only.</summary>
    public static AccessRule OperateService { get; } = new("operate-service", "backups, jobs, health and metrics", false, Roles.Admin);

    /// <summary>One's own account: who am I, my password, my tokens.</summary>
    public static AccessRule OwnAccount { get; } = new("own-account", "own account", false, [.. Roles.All]);

    public static IReadOnlyList<AccessRule> All { get; } = [Read, Personal, ReportBlockage, Operate, Supervise, Campaign, Plan, Enforce, Report, Analyse, Export, Import, ManageUsers, OperateService, OwnAccount];

    public string Name { get; }

    public string Description { get; }

    /// <summary>True for rules guarding personal data, whose reads are audited.</summary>
    public bool GuardsPersonalData { get; }

    public IReadOnlyCollection<string> AllowedRoles => _roles;

    /// <summary>The ASP.NET Core authorization policy of this rule.</summary>
    public string PolicyName => $"firemap:{Name}";

    public bool Allows(string? role) => role is not null && _roles.Contains(role);

    public override string ToString() => Name;
}

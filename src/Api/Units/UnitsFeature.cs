using FireMap.Api.GraphQL;
using FireMap.Api.Imports;

namespace FireMap.Api.Units;

/// <summary>
/// The unit register (辖区单位/重点单位): units with their premises, key-unit flag, self-inspection and public commitment,
/// the eight kinds of key persons trained, the responsible person and manager (personal data, audited reads), the
/// register query for converted industrial buildings and restaurants or entertainment in high-rises, the list export
/// and the demo units. Registered before the outreach and enforcement registers, whose demo records name units.
/// </summary>
public static class UnitsFeature
{
    public static WebApplicationBuilder AddUnits(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddSingleton<UnitRepository>();
        services.AddSingleton<UnitCommands>();
        services.AddScoped<UnitContactsLoader>();
        services.AddSingleton<IRootFields, UnitFields>();
        services.AddSingleton<IDemoDataPart, DemoUnits>();
        return builder;
    }

    public static WebApplication MapUnits(this WebApplication app) => app.MapUnitExports();
}

namespace FireMap.Api.Lists;

/// <summary>
/// The campaign's three lists as files (底数清单, 隐患清单, 整改责任清单), each with a sub-district summary and a
/// sheet per community, in the user's scope.
/// </summary>
public static class ListsFeature
{
    public static WebApplicationBuilder AddLists(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<ListRepository>();
        return builder;
    }

    public static WebApplication MapLists(this WebApplication app) => app.MapListExports();
}

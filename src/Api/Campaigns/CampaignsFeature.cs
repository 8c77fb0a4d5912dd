using FireMap.Api.GraphQL;
using FireMap.Api.Imports;

namespace FireMap.Api.Campaigns;

/// <summary>
/// The campaign calendar: campaigns with phases and deadlines (the monthly report day included), managed by
/// the sub-district office, and the demo set's winter campaign. The periods of raised risk the model reads
/// belong to the risk feature (<c>riskPeriods</c>).
/// </summary>
public static class CampaignsFeature
{
    public static WebApplicationBuilder AddCampaigns(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<CampaignStore>();
        builder.Services.AddSingleton<IRootFields, CampaignFields>();
        builder.Services.AddSingleton<IDemoDataPart, DemoCampaign>();
        return builder;
    }
}

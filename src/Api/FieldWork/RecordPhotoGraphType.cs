using FireMap.Api.Access;
using GraphQL.Types;

namespace FireMap.Api.FieldWork;

/// <summary>A photo attached to a field record; the bytes are served by the photo endpoints.</summary>
public sealed class RecordPhotoGraphType : ObjectGraphType<Guid>
{
    public RecordPhotoGraphType()
    {
        this.Allow(AccessRule.Read);
        Name = "RecordPhoto";
        Description = "A photo attached to an inspection or a visit.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Id of the photo.").Resolve(c => c.Source.ToString());
        Field<NonNullGraphType<StringGraphType>>("url").Description("Where the display-size picture is served.").Resolve(c => $"/api/photos/{c.Source}");
        Field<NonNullGraphType<StringGraphType>>("thumbnailUrl").Description("Where the thumbnail is served.").Resolve(c => $"/api/photos/{c.Source}?size=thumbnail");
    }
}

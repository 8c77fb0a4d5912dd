using FireMap.Api.Access;
using GraphQL.Types;

namespace FireMap.Api.Photos;

/// <summary>A photo attached to a record (inspection, visit, hazard); the bytes are served by the photo endpoints.</summary>
public sealed class RecordPhotoGraphType : ObjectGraphType<Guid>
{
    public RecordPhotoGraphType()
    {
        this.Allow(AccessRule.Read);
        Name = "RecordPhoto";
        Description = "A photo attached to an inspection, a visit or a hazard.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Id of the photo.").Resolve(c => c.Source.ToString());
        Field<NonNullGraphType<StringGraphType>>("url").Description("Where the display-size picture is served.").Resolve(c => $"/api/photos/{c.Source}");
        Field<NonNullGraphType<StringGraphType>>("thumbnailUrl").Description("Where the thumbnail is served.").Resolve(c => $"/api/photos/{c.Source}?size=thumbnail");
    }
}

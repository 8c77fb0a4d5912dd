using FireMap.Api.Access;
using Npgsql;
using NpgsqlTypes;

namespace FireMap.Api.FieldWork;

/// <summary>
/// Who may see which residents: community staff their community, grid workers their grids, the sub-district office and
/// the administrator all (the <c>personal</c> rule keeps the other roles out before this applies). Bound as
/// <c>@scope_community</c> and <c>@scope_grids</c> against the columns of <c>vulnerable_resident_due</c>.
/// </summary>
internal static class ResidentScope
{
    public const string Filter = "(@scope_community::bigint IS NULL OR d.community_id = @scope_community) AND (@scope_grids::bigint[] IS NULL OR d.grid_id = ANY (@scope_grids))";

    public static void Bind(NpgsqlCommand command, CurrentUser user)
    {
        command.Parameters.Add(new NpgsqlParameter("scope_community", NpgsqlDbType.Bigint) { Value = user.Role == Roles.Community ? user.CommunityId! : DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("scope_grids", NpgsqlDbType.Array | NpgsqlDbType.Bigint)
        {
            Value = user.Role == Roles.Grid ? user.GridIds.ToArray() : DBNull.Value,
        });
    }
}

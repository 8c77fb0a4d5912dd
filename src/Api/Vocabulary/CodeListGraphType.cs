using FireMap.Spatial.Vocabulary;
using GraphQL.Types;

namespace FireMap.Api.Vocabulary;

/// <summary>
/// A GraphQL enum derived from a <see cref="CodeList"/>: value names are the codes in upper case
/// (<c>elderly_care</c> → <c>ELDERLY_CARE</c>), values are the stored codes, and each value is
/// described by its labels. Features derive their enums from this instead of listing codes.
/// </summary>
public abstract class CodeListGraphType : EnumerationGraphType
{
    protected CodeListGraphType(CodeList list)
    {
        ArgumentNullException.ThrowIfNull(list);
        Name = list.Name;
        Description = list.Description;
        foreach (var term in list.Terms)
        {
            Add(new EnumValueDefinition(term.EnumName, term.Code) { Description = term.Description });
        }
    }
}

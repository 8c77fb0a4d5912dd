using GraphQL.Types;

namespace FireMap.Api.GraphQL.Types;

/// <summary>
/// An enum whose GraphQL names are the upper-case form of the codes stored in the database
/// (<c>residential</c> → <c>RESIDENTIAL</c>), each with a description.
/// </summary>
public abstract class CodeEnumGraphType : EnumerationGraphType
{
    protected CodeEnumGraphType(string name, string description, params (string Code, string Description)[] values)
    {
        Name = name;
        Description = description;
        foreach (var (code, valueDescription) in values)
        {
            Add(new EnumValueDefinition(code.ToUpperInvariant(), code) { Description = valueDescription });
        }
    }
}

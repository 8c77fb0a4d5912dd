using System.Text.Json;

namespace FireMap.Api.Tests.Hostile;

/// <summary>One argument of a root field as introspection describes it: its name and GraphQL type (e.g. <c>[String!]!</c>).</summary>
internal sealed record GraphQLArgument(string Name, string TypeText, JsonElement Type)
{
    public bool Required => Type.GetProperty("kind").GetString() == "NON_NULL";

    public static string Text(JsonElement type) => type.GetProperty("kind").GetString() switch
    {
        "NON_NULL" => Text(type.GetProperty("ofType")) + "!",
        "LIST" => "[" + Text(type.GetProperty("ofType")) + "]",
        _ => type.GetProperty("name").GetString()!,
    };

    public static JsonElement Named(JsonElement type) =>
        type.GetProperty("kind").GetString() is "NON_NULL" or "LIST" ? Named(type.GetProperty("ofType")) : type;
}

using FireMap.Api.Security;
using GraphQL.Types;
using GraphQLParser.AST;

namespace FireMap.Api.GraphQL.Types;

/// <summary>
/// Replaces the built-in <c>String</c> scalar so that every string argument and variable of every
/// field passes <see cref="TextInput"/> before a resolver sees it: a NUL would make PostgreSQL
/// refuse the statement mid-request, a lone surrogate cannot be written as UTF-8. Refused values
/// are BAD_USER_INPUT naming the argument or variable.
/// </summary>
public sealed class TextGraphType : StringGraphType
{
    public TextGraphType()
    {
        Name = "String";
        Description = "UTF-8 text without NUL or control characters other than tab and line breaks.";
    }

    public override object? ParseLiteral(GraphQLValue value) => Checked(base.ParseLiteral(value));

    public override object? ParseValue(object? value) => Checked(base.ParseValue(value));

    private static object? Checked(object? value) =>
        value is string text && TextInput.FindProblem(text) is { } problem
            ? throw new FormatException($"The text {problem}.")
            : value;
}

using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace FireMap.Api.GraphQL.Http;

/// <summary>
/// The selected operation may not run over this HTTP method. A type of its own so that the
/// endpoint can tell it from other validation errors and answer 405.
/// </summary>
internal sealed class HttpMethodValidationError : ValidationError
{
    public HttpMethodValidationError(ROM source, ASTNode node, string message)
        : base(source, null!, message, node)
    {
        Code = GraphQLHttpErrorCodes.MethodNotAllowed;
    }
}

using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace FireMap.Api.Vocabulary;

/// <summary>JSON settings of the vocabulary: Chinese written as UTF-8 rather than \uXXXX escapes, nulls left out.</summary>
internal static class VocabularyJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}

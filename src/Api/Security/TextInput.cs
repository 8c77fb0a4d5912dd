using System.Text;

namespace FireMap.Api.Security;

/// <summary>
/// The one check every text from outside passes before it is used: GraphQL strings, import
/// values, header values. PostgreSQL refuses NUL in text (the driver would throw mid-request),
/// a lone surrogate cannot be encoded as UTF-8, and other control characters only hide things
/// from the people who read the data later.
/// </summary>
public static class TextInput
{
    /// <summary>What is wrong with <paramref name="text"/>, or null when it may be stored.</summary>
    public static string? FindProblem(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\0')
            {
                return $"contains a NUL character (at {i})";
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (char.IsSurrogate(c))
            {
                return $"contains a lone UTF-16 surrogate (at {i}); the text is not valid Unicode";
            }

            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r'))
            {
                return $"contains the control character U+{(int)c:X4} (at {i})";
            }

            if (c == '\uFFFD')
            {
                return "contains U+FFFD, the mark of text decoded with the wrong encoding; send it as UTF-8";
            }
        }

        return null;
    }

    /// <summary>
    /// True when the text starts with a character a spreadsheet may take for the start of a
    /// formula (OWASP CSV injection): <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or CR.
    /// </summary>
    public static bool StartsLikeFormula(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r';
    }

    /// <summary>
    /// True when imported text should be refused as a formula: it <see cref="StartsLikeFormula"/>,
    /// unless it is only a signed number or phone number (<c>-3.5</c>, <c>+86 138 0000 0000</c>),
    /// which people do write and which computes nothing.
    /// </summary>
    public static bool LooksLikeFormula(string text) =>
        StartsLikeFormula(text)
        && !(text[0] is '+' or '-' && text.Length > 1 && text.Skip(1).All(c => char.IsAsciiDigit(c) || c is ' ' or '.' or '-' or '(' or ')'));

    /// <summary>The UTF-8 decoder that refuses invalid bytes instead of replacing them (GBK files, binary files).</summary>
    public static Encoding StrictUtf8 { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
}

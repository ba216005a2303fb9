using System.Text;

namespace Explainer.Theme;

/// <summary>
/// How templates escape what they write: the characters that could end a text run, an attribute
/// value (quoted with either quote, or unquoted) or start markup (<see cref="Special"/>).
/// </summary>
public static class TemplateEscaping
{
    private const string Special = "&<>\"'`=";

    public static string Html(string text)
    {
        if (text.AsSpan().IndexOfAny(Special) < 0) return text;
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#x27;",
                '`' => "&#x60;",
                '=' => "&#x3D;",
                _ => c.ToString(),
            });
        }
        return builder.ToString();
    }
}

using System.Buffers;
using System.Text;

namespace Explainer.Theme;

/// <summary>
/// How templates escape what they write: the characters that could end a text run, an attribute
/// value (quoted with either quote, or unquoted) or start markup. Text is written run by run: the
/// stretches between those characters go out as they are, without a copy.
/// </summary>
public static class TemplateEscaping
{
    private static readonly SearchValues<char> Special = SearchValues.Create("&<>\"'`=");

    private static string Entity(char c) => c switch
    {
        '&' => "&amp;",
        '<' => "&lt;",
        '>' => "&gt;",
        '"' => "&quot;",
        '\'' => "&#x27;",
        '`' => "&#x60;",
        _ => "&#x3D;",
    };

    /// <summary>The text escaped, as a string (the same string when nothing needs escaping).</summary>
    public static string Html(string text)
    {
        if (text.AsSpan().IndexOfAny(Special) < 0) return text;
        var builder = new StringBuilder(text.Length + 16);
        Escape(text, new ToBuilder(builder));
        return builder.ToString();
    }

    /// <summary>Writes the text escaped straight into a page.</summary>
    public static void WriteHtml(ReadOnlySpan<char> text, Utf8Output page) => Escape(text, new ToPage(page));

    // Where runs go; structs, so that writing a value allocates nothing.
    private interface IRunWriter
    {
        void Write(ReadOnlySpan<char> run);
    }

    private readonly struct ToPage(Utf8Output page) : IRunWriter
    {
        public void Write(ReadOnlySpan<char> run) => page.Write(run);
    }

    private readonly struct ToBuilder(StringBuilder builder) : IRunWriter
    {
        public void Write(ReadOnlySpan<char> run) => builder.Append(run);
    }

    private static void Escape<TWriter>(ReadOnlySpan<char> text, TWriter writer) where TWriter : IRunWriter
    {
        for (var at = text.IndexOfAny(Special); at >= 0; at = text.IndexOfAny(Special))
        {
            writer.Write(text[..at]);
            writer.Write(Entity(text[at]));
            text = text[(at + 1)..];
        }
        writer.Write(text);
    }
}

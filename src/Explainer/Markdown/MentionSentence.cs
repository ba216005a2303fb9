using System.Text;
using System.Text.RegularExpressions;
using Explainer.Markdown.Citations;
using Explainer.Markdown.TermLinks;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Explainer.Markdown;

/// <summary>
/// The sentence around a link, as plain text, for a term's "mentioned in" list: the reader
/// sees how the term is used before following the link.
/// </summary>
public static partial class MentionSentence
{
    public static string Around(TermLinkInline link)
    {
        var root = link.Parent;
        while (root?.Parent is not null) root = root.Parent;
        if (root is null) return link.Label ?? "";
        var text = new StringBuilder();
        var offset = -1;
        Append(root, link, text, ref offset);
        return Extract(text.ToString(), Math.Max(0, offset));
    }

    /// <summary>The plain text of some inlines, e.g. a heading's, without markup or citation markers.</summary>
    public static string PlainText(ContainerInline? inline)
    {
        if (inline is null) return "";
        var text = new StringBuilder();
        var unused = -1;
        Append(inline, null, text, ref unused);
        return text.ToString().Trim();
    }

    private static void Append(ContainerInline container, Inline? target, StringBuilder text, ref int offset)
    {
        foreach (var child in container)
        {
            if (ReferenceEquals(child, target)) offset = text.Length;
            switch (child)
            {
                case LiteralInline literal: text.Append(literal.Content.AsSpan()); break;
                case CodeInline code: text.Append(code.Content); break;
                case LineBreakInline: text.Append(' '); break;
                case TermLinkInline term: text.Append(term.Label ?? term.Slug); break;
                case CitationInline: break;
                case ContainerInline nested: Append(nested, target, text, ref offset); break;
            }
        }
    }

    /// <summary>The sentence of <paramref name="text"/> that holds <paramref name="offset"/>, whitespace collapsed.</summary>
    public static string Extract(string text, int offset)
    {
        var start = offset;
        while (start > 0 && !EndsSentence(text, start - 1)) start--;
        var end = offset;
        while (end < text.Length && !EndsSentence(text, end)) end++;
        var sentence = text[start..Math.Min(text.Length, end + 1)];
        var collapsed = string.Join(' ', sentence.Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));
        // A removed citation marker leaves a space before the punctuation that followed it.
        return SpaceBeforePunctuation().Replace(collapsed, "$1");
    }

    // A full stop, question or exclamation mark (perhaps before a closing quote) followed by a space.
    private static bool EndsSentence(string text, int i)
    {
        if (text[i] is not ('.' or '?' or '!' or '”' or '"')) return false;
        if (text[i] is '”' or '"' && (i == 0 || text[i - 1] is not ('.' or '?' or '!'))) return false;
        if (text[i] is '.' or '?' or '!' && i + 1 < text.Length && text[i + 1] is '”' or '"') return false;
        // "U.S." and "e.g." do not end sentences: the next word starts in lower case or is missing a space.
        return i + 1 >= text.Length || (char.IsWhiteSpace(text[i + 1]) && NextWordIsCapitalised(text, i + 1));
    }

    private static bool NextWordIsCapitalised(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        return i >= text.Length || !char.IsLower(text[i]);
    }

    [GeneratedRegex(@" ([.,;:!?])")]
    private static partial Regex SpaceBeforePunctuation();
}

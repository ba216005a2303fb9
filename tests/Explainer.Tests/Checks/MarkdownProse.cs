using System.Text;
using System.Text.RegularExpressions;
using Explainer.Checks;

namespace Explainer.Tests.Checks;

/// <summary>
/// Test support: an editor's Markdown as the checks see it. Each paragraph or list item becomes plain text, with
/// links reduced to their words, emphasis, escapes and HTML tags removed (so a &lt;q&gt; element keeps its words
/// but has no quotation marks) and every [@…] citation lifted out with the offset where it stood. Headings,
/// shortcodes, code and tables carry no citations and are skipped.
/// </summary>
public static partial class MarkdownProse
{
    /// <summary>One item of a citation: a source and its paragraphs (From..To), or the whole source when From is null.</summary>
    public sealed record CitedItem(string SourceId, int? From, int? To);

    public static List<ProseParagraph> Paragraphs(string markdown, Func<CitedItem, IEnumerable<CitedText>> resolve) =>
        Blocks(markdown).Select(block => Paragraph(block, resolve)).Where(p => p.Text.Length > 0).ToList();

    /// <summary>One paragraph's inline Markdown as text and citations.</summary>
    public static ProseParagraph Paragraph(string inline, Func<CitedItem, IEnumerable<CitedText>> resolve)
    {
        var text = new StringBuilder();
        var citations = new List<ProseCitation>();
        var at = 0;
        foreach (Match m in Inline().Matches(inline))
        {
            text.Append(inline, at, m.Index - at);
            at = m.Index + m.Length;
            if (m.Groups["items"].Success) citations.Add(new ProseCitation(text.Length, Items(m.Groups["items"].Value).SelectMany(resolve).ToList()));
            else if (m.Groups["link"].Success) text.Append(Paragraph(m.Groups["link"].Value, resolve).Text);
            else if (m.Groups["kept"].Success) text.Append(m.Groups["kept"].Value);
            else if (m.Groups["space"].Success) text.Append(' ');
        }
        text.Append(inline, at, inline.Length - at);
        return new ProseParagraph(text.ToString().Trim(), citations);
    }

    private static IEnumerable<CitedItem> Items(string group) => Item().Matches(group).Select(m => new CitedItem(
        m.Groups["id"].Value,
        m.Groups["from"].Success ? int.Parse(m.Groups["from"].Value) : null,
        m.Groups["to"].Success ? int.Parse(m.Groups["to"].Value) : null));

    /// <summary>Paragraphs and list items, each joined onto one line.</summary>
    private static IEnumerable<string> Blocks(string markdown)
    {
        var current = new List<string>();
        var fenced = false;
        foreach (var raw in markdown.Replace("\r\n", "\n").Split('\n'))
        {
            var line = raw.TrimStart().StartsWith('>') ? raw.TrimStart()[1..] : raw;
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal)) fenced = !fenced;
            var skipped = fenced || Skipped().IsMatch(line);
            var listItem = ListMarker().Match(line);
            if (line.Trim().Length == 0 || skipped || listItem.Success)
            {
                if (current.Count > 0) yield return string.Join("\n", current);
                current.Clear();
            }
            if (skipped || line.Trim().Length == 0) continue;
            current.Add(listItem.Success ? line[listItem.Length..] : line.Trim());
        }
        if (current.Count > 0) yield return string.Join("\n", current);
    }

    [GeneratedRegex(@"(?<cite>[ \t]*(?<!\\)\[(?<items>@[^\]]*)\])|!?\[(?<link>[^\]]*)\]\([^)]*\)|</?[A-Za-z][^>]*>|\\(?<kept>[^\sA-Za-z0-9])|`(?<kept>[^`]*)`|\*\*|__|\*|(?<space>[ \t]*\n[ \t]*)")]
    private static partial Regex Inline();

    [GeneratedRegex(@"@(?<id>[A-Za-z0-9_][A-Za-z0-9_-]*)\s*(?:,\s*(?:¶|paras?\.?)\s*(?<from>[0-9]{1,5})(?:\s*[-–]\s*(?<to>[0-9]{1,5}))?)?")]
    private static partial Regex Item();

    [GeneratedRegex(@"^\s*(?:#|\{\{[<%]|\||(?:-{3,}|\*{3,}|_{3,})\s*$)")]
    private static partial Regex Skipped();

    [GeneratedRegex(@"^\s*(?:[-*+]|\d+[.)])\s+")]
    private static partial Regex ListMarker();
}

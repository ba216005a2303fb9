using System.Globalization;
using System.Text.RegularExpressions;

namespace Explainer.Markdown.Citations;

/// <summary>The grammar of one citation item: "@id" optionally followed by ", ¶N" or ", ¶N–M".</summary>
public static partial class CitationSyntax
{
    /// <summary>Parses one item; returns null on success, else a message saying what is wrong.</summary>
    /// <param name="offset">Where the item starts in the Markdown text.</param>
    public static string? TryParseItem(string part, int offset, out CitationItem? item)
    {
        item = null;
        var match = Item().Match(part);
        if (!match.Success)
        {
            var trimmed = part.Trim();
            if (!trimmed.StartsWith('@')) return $"'{trimmed}' is not a citation; each item starts with @ and a source id";
            if (trimmed.Length == 1 || trimmed[1] is ',' or ' ' or ';') return $"'{trimmed}' has no source id after '@'; write the source id, e.g. [@source-id, ¶2]";
            if (trimmed.Contains(',')) return $"'{trimmed}' has a locator the generator does not understand; write ¶ and a paragraph number, e.g. ¶5 or ¶3–5";
            return $"'{trimmed}' is not a valid source id; ids use letters, digits, '-' and '_'";
        }
        int? first = match.Groups["from"].Success ? int.Parse(match.Groups["from"].Value, CultureInfo.InvariantCulture) : null;
        int? last = match.Groups["to"].Success ? int.Parse(match.Groups["to"].Value, CultureInfo.InvariantCulture) : null;
        if (first is 0) return "paragraphs are numbered from ¶1";
        if (last is not null && last <= first) return $"the range ¶{first}–{last} must go from a lower to a higher paragraph";
        item = new CitationItem { SourceId = match.Groups["id"].Value, Paragraph = first, ParagraphEnd = last, Offset = offset };
        return null;
    }

    /// <summary>The locator text for a paragraph or range: "¶5" or "¶3–5".</summary>
    public static string Locator(int? paragraph, int? paragraphEnd) =>
        paragraph is null ? "" : paragraphEnd is null ? $"¶{paragraph}" : $"¶{paragraph}–{paragraphEnd}";

    [GeneratedRegex(@"^\s*@(?<id>[A-Za-z0-9_][A-Za-z0-9_-]*)\s*(?:,\s*(?:¶|para\.?|paras\.?)\s*(?<from>[0-9]{1,5})(?:\s*[-–]\s*(?<to>[0-9]{1,5}))?)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Item();
}

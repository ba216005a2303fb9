using System.Text.RegularExpressions;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Explainer.Markdown.TermLinks;

/// <summary>Parses explicit glossary links: <c>[[golden-shield]]</c> and <c>[the Firewall][[golden-shield]]</c>.</summary>
public sealed partial class TermLinkParser : InlineParser
{
    public TermLinkParser() => OpeningCharacters = ['['];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var rest = slice.Text.AsSpan(slice.Start, slice.End - slice.Start + 1);
        // Most '[' open ordinary links: "[[" must follow at once, or right after the first ']'.
        var close = rest.IndexOf(']');
        if (!rest.StartsWith("[[") && (close < 0 || !rest[(close + 1)..].StartsWith("[["))) return false;
        var match = Written().Match(rest.Length > 400 ? rest[..400].ToString() : rest.ToString());
        if (!match.Success) return false;

        var spanStart = processor.GetSourcePosition(slice.Start, out var line, out var column);
        var target = match.Groups["target"].Value.Trim();
        var valid = Slug().IsMatch(target);
        processor.Inline = new TermLinkInline
        {
            Slug = target,
            Label = match.Groups["label"].Success ? match.Groups["label"].Value : null,
            RawText = match.Value,
            Error = valid ? null : $"'{target}' is not a glossary slug; slugs are lowercase letters, digits and hyphens",
            Line = line,
            Column = column,
            Span = new SourceSpan(spanStart, spanStart + match.Length - 1),
        };
        slice.Start += match.Length;
        return true;
    }

    [GeneratedRegex(@"^(?:\[(?<label>[^\[\]\n]+)\])?\[\[(?<target>[^\[\]\n]+)\]\]", RegexOptions.CultureInvariant)]
    private static partial Regex Written();

    [GeneratedRegex(@"^[a-z0-9]+(?:-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Slug();
}

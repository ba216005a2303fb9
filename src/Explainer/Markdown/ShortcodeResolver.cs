using System.Text;
using Explainer.Diagnostics;
using Explainer.Markdown.Citations;
using Explainer.Markdown.Shortcodes;
using Explainer.Model;
using Markdig.Syntax;

namespace Explainer.Markdown;

/// <summary>
/// Expands shortcodes. The one shortcode today is <c>{{&lt; discrepancy id &gt;}}</c>: a note that
/// names each source's version of a disputed fact with its citation, built from
/// input/data/discrepancies.yml so the same data also feeds the /discrepancies/ page.
/// </summary>
public static class ShortcodeResolver
{
    public static readonly IReadOnlyList<string> Known = ["discrepancy"];

    /// <returns>The ids of the discrepancies shown on the page, in order.</returns>
    public static List<string> Resolve(MarkdownDocument document, DiscrepancyRegistry discrepancies, SourceLibrary library,
        Func<string, MarkdownDocument> parse, ReportAt report)
    {
        var shown = new List<string>();
        foreach (var block in SyntaxWalk.Blocks<ShortcodeBlock>(document).ToList())
        {
            if (block.Name != "discrepancy")
            {
                report(block.Span.Start, ErrorCodes.UnknownShortcode,
                    $"unknown shortcode '{block.Name}'{Suggestions.DidYouMean(block.Name, Known)}; known shortcodes: {string.Join(", ", Known)}");
                continue;
            }
            if (block.Arguments.Count != 1 || discrepancies.Find(block.Arguments[0]) is not { } discrepancy)
            {
                var id = block.Arguments.FirstOrDefault() ?? "";
                report(block.Span.Start, ErrorCodes.UnknownDiscrepancy,
                    $"unknown discrepancy '{id}'{Suggestions.DidYouMean(id, discrepancies.All.Select(d => d.Id))}; discrepancies are listed in input/data/discrepancies.yml");
                continue;
            }
            var repeat = shown.Count(s => s == discrepancy.Id);
            shown.Add(discrepancy.Id);
            Fill(block, discrepancy, repeat, library, parse);
        }
        return shown;
    }

    private static void Fill(ShortcodeBlock block, Discrepancy discrepancy, int repeat, SourceLibrary library, Func<string, MarkdownDocument> parse)
    {
        block.CssClass = "discrepancy";
        block.Id = repeat == 0 ? discrepancy.Anchor : $"{discrepancy.Anchor}-{repeat + 1}";
        block.Label = $"Sources disagree: {discrepancy.Fact}";
        var generated = parse(NoteMarkdown(discrepancy, library));
        foreach (var node in SyntaxWalk.All(generated))
        {
            // Any problem inside the generated note belongs to the shortcode; its citations were checked with the data.
            node.Span = block.Span;
            if (node is CitationInline citation) citation.FromData = true;
        }
        while (generated.Count > 0)
        {
            var child = generated[0];
            generated.RemoveAt(0);
            block.Add(child);
        }
    }

    private static string NoteMarkdown(Discrepancy discrepancy, SourceLibrary library)
    {
        var text = new StringBuilder();
        text.Append("**Sources disagree:** ").Append(Escape(discrepancy.Fact)).Append("\n\n");
        foreach (var claim in discrepancy.Claims)
        {
            var title = library.Find(claim.SourceId)?.Citation.DisplayTitle ?? claim.SourceId;
            text.Append("- *").Append(Escape(title)).Append("*: ").Append(Escape(claim.Says))
                .Append(" [@").Append(claim.SourceId).Append(", ¶").Append(claim.Paragraph).Append("]\n");
        }
        if (discrepancy.Note is { } note) text.Append('\n').Append(note).Append('\n');
        text.Append("\n[All the places the sources disagree](/discrepancies/#").Append(discrepancy.Anchor).Append(")\n");
        return text.ToString();
    }

    /// <summary>Backslash-escapes Markdown punctuation so data text renders exactly as written.</summary>
    public static string Escape(string plain)
    {
        var builder = new StringBuilder(plain.Length + 8);
        foreach (var c in plain)
        {
            if (char.IsAsciiLetterOrDigit(c) || c > 127 || char.IsWhiteSpace(c)) builder.Append(c == '\n' ? ' ' : c);
            else builder.Append('\\').Append(c);
        }
        return builder.ToString();
    }
}

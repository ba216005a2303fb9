using Explainer.Diagnostics;
using Explainer.Markdown.Citations;
using Explainer.Markdown.Shortcodes;
using Explainer.Model;
using Markdig.Syntax;

namespace Explainer.Markdown;

/// <summary>
/// Expands shortcodes into blocks made from the site's data files, so the same data feeds every
/// page that shows it: <c>{{&lt; discrepancy id &gt;}}</c> (a note naming each source's version of
/// a disputed fact, from input/data/discrepancies.yml) and <c>{{&lt; timeline &gt;}}</c> (the
/// dated events, from input/data/timeline.yml). Their citations were checked where the data is
/// written, so problems are not reported again on every page.
/// </summary>
public static class ShortcodeResolver
{
    public static readonly IReadOnlyList<string> Known = ["discrepancy", "timeline"];

    /// <returns>The ids of the discrepancies shown on the page, in order.</returns>
    public static List<string> Resolve(MarkdownDocument document, SiteModel site, Func<string, MarkdownDocument> parse, ReportAt report)
    {
        var shown = new List<string>();
        foreach (var block in SyntaxWalk.Blocks<ShortcodeBlock>(document).ToList())
        {
            switch (block.Name)
            {
                case "discrepancy" when block.Arguments.Count == 1 && site.Discrepancies.Find(block.Arguments[0]) is { } discrepancy:
                    Discrepancy(block, discrepancy, shown, site.Library, parse);
                    break;
                case "discrepancy":
                    var id = block.Arguments.FirstOrDefault() ?? "";
                    report(block.Span.Start, ErrorCodes.UnknownDiscrepancy,
                        $"unknown discrepancy '{id}'{Suggestions.DidYouMean(id, site.Discrepancies.All.Select(d => d.Id))}; discrepancies are listed in input/data/discrepancies.yml");
                    break;
                case "timeline":
                    Timeline(block, site, shown, parse);
                    break;
                default:
                    report(block.Span.Start, ErrorCodes.UnknownShortcode,
                        $"unknown shortcode '{block.Name}'{Suggestions.DidYouMean(block.Name, Known)}; known shortcodes: {string.Join(", ", Known)}");
                    break;
            }
        }
        return shown;
    }

    private static void Discrepancy(ShortcodeBlock block, Discrepancy discrepancy, List<string> shown, SourceLibrary library, Func<string, MarkdownDocument> parse)
    {
        var repeat = shown.Count(s => s == discrepancy.Id);
        shown.Add(discrepancy.Id);
        block.CssClass = "discrepancy";
        block.Id = repeat == 0 ? discrepancy.Anchor : $"{discrepancy.Anchor}-{repeat + 1}";
        block.Label = $"Sources disagree: {discrepancy.Fact}";
        Adopt(block, parse(DataText.DiscrepancyNote(discrepancy, library)), block);
    }

    private static readonly object GeneratedHtml = new();

    /// <summary>Whether raw HTML was written by the generator (a timeline date), not by an editor.</summary>
    public static bool IsGenerated(HtmlBlock block) => block.GetData(GeneratedHtml) is true;

    // The timeline: an ordered list of events, each with its date, text, topics and, where sources disagree on the date, the note.
    private static void Timeline(ShortcodeBlock list, SiteModel site, List<string> shown, Func<string, MarkdownDocument> parse)
    {
        list.Element = "ol";
        list.CssClass = "timeline";
        list.Label = "Events in date order";
        foreach (var @event in site.Timeline.Events)
        {
            var item = new ShortcodeBlock(null!) { Name = "event", Arguments = [@event.Id], Element = "li", CssClass = "event", Id = @event.Anchor, Span = list.Span };
            var generated = parse(DataText.Event(@event, site.Series));
            // The date paragraph is the generator's own HTML, not the editors': it is not checked as raw HTML.
            if (generated.FirstOrDefault() is HtmlBlock date) date.SetData(GeneratedHtml, true);
            Adopt(item, generated, list);
            if (@event.Discrepancy is { } id && site.Discrepancies.Find(id) is { } discrepancy)
            {
                var note = new ShortcodeBlock(null!) { Name = "discrepancy", Arguments = [id], Span = list.Span };
                Discrepancy(note, discrepancy, shown, site.Library, parse);
                item.Add(note);
            }
            list.Add(item);
        }
    }

    // Moves the blocks of generated Markdown into the shortcode; their problems belong to the shortcode, their citations to the data file.
    private static void Adopt(ContainerBlock target, MarkdownDocument generated, Block placedAt)
    {
        foreach (var node in SyntaxWalk.All(generated))
        {
            node.Span = placedAt.Span;
            if (node is CitationInline citation) citation.FromData = true;
        }
        while (generated.Count > 0)
        {
            var child = generated[0];
            generated.RemoveAt(0);
            target.Add(child);
        }
    }
}

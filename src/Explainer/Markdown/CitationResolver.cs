using Explainer.Diagnostics;
using Explainer.Markdown.Citations;
using Explainer.Model;
using Markdig.Syntax;

namespace Explainer.Markdown;

/// <summary>
/// Checks every citation of a page against the source library and numbers them: each distinct
/// source and paragraph gets the next number in order of first appearance, repeats reuse it.
/// </summary>
public static class CitationResolver
{
    public static IReadOnlyList<Reference> Resolve(MarkdownDocument document, SourceLibrary library, ReportAt report) =>
        Resolve(SyntaxWalk.All<CitationInline>(document), library, report);

    /// <param name="citations">The page's citations in document order.</param>
    public static IReadOnlyList<Reference> Resolve(IEnumerable<CitationInline> citations, SourceLibrary library, ReportAt report)
    {
        var numbers = new Dictionary<(string, int?, int?), int>();
        var occurrences = new List<List<string>>();
        var keys = new List<(string Id, int? From, int? To)>();
        foreach (var citation in citations)
        {
            if (citation.Error is not null)
            {
                if (!citation.FromData) report(citation.Span.Start, ErrorCodes.MalformedCitation, citation.Error);
                continue;
            }
            foreach (var item in citation.Items)
            {
                if (!IsValid(item, library, citation.FromData ? static (_, _, _) => { } : report)) continue;
                var key = (item.SourceId, item.Paragraph, item.ParagraphEnd);
                if (!numbers.TryGetValue(key, out var number))
                {
                    number = numbers[key] = numbers.Count + 1;
                    occurrences.Add([]);
                    keys.Add(key);
                }
                item.Number = number;
                var seen = occurrences[number - 1];
                item.OccurrenceId = seen.Count == 0 ? $"cite-{number}" : $"cite-{number}-{seen.Count + 1}";
                seen.Add(item.OccurrenceId);
            }
        }
        return keys.Select((k, i) => new Reference(i + 1, k.Id, k.From, k.To, occurrences[i])).ToList();
    }

    private static bool IsValid(CitationItem item, SourceLibrary library, ReportAt report)
    {
        var source = library.Find(item.SourceId);
        if (source is null)
        {
            report(item.Offset, ErrorCodes.UnknownSource,
                $"unknown source '{item.SourceId}'{Suggestions.DidYouMean(item.SourceId, library.Ids)}; sources are the files in input/sources/");
            return false;
        }
        var last = item.ParagraphEnd ?? item.Paragraph;
        // A source whose seed could not be read has no paragraphs to check against; that was reported once already.
        if (last is not null && source.Blocks.Count > 0 && last > source.ParagraphCount)
        {
            report(item.Offset, ErrorCodes.UnknownParagraph,
                $"source '{item.SourceId}' has {Plural.Count(source.ParagraphCount, "paragraph")}, so ¶{last} does not exist");
            return false;
        }
        return true;
    }
}

using Explainer.Checks;
using Explainer.Markdown.Citations;
using Explainer.Model;

namespace Explainer.Markdown;

/// <summary>
/// The source texts a citation stands on, for the editorial checks: one entry per cited paragraph
/// ("reuters-exports ¶5"); a whole source is one entry holding its reference data (title, authors,
/// publication, date) and all its paragraphs.
/// </summary>
public static class CitedTexts
{
    public static IReadOnlyList<CitedText> Of(CitationInline citation, SourceLibrary library) =>
        citation.Items.SelectMany(item => Of(item, library)).ToList();

    private static IEnumerable<CitedText> Of(CitationItem item, SourceLibrary library)
    {
        if (library.Find(item.SourceId) is not { } source) yield break;
        if (item.Paragraph is not { } from)
        {
            yield return new CitedText(item.SourceId, string.Join("\n", source.Paragraphs.Select(p => p.Text).Prepend(Reference(source.Citation))));
            yield break;
        }
        for (var number = from; number <= (item.ParagraphEnd ?? from); number++)
            if (source.Paragraph(number) is { } paragraph) yield return new CitedText($"{item.SourceId} ¶{number}", paragraph.Text);
    }

    private static string Reference(SourceCitation c) => string.Join(". ", new[]
    {
        c.DisplayTitle, string.Join(", ", c.Authors.Select(a => a.Display)), c.ContainerTitle, c.Publisher, c.PublisherPlace, c.Issued?.ToLongText(), c.Url,
    }.Where(part => !string.IsNullOrEmpty(part)));
}

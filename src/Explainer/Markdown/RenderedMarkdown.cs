using Explainer.IO;
using Explainer.Model;

namespace Explainer.Markdown;

/// <summary>What rendering one page's Markdown produced: its HTML and the facts other pages need.</summary>
public sealed record RenderedMarkdown(
    Utf8Text Html,
    IReadOnlyList<TocEntry> Toc,
    IReadOnlyList<Reference> References,
    IReadOnlyList<TermMention> Terms,
    IReadOnlyList<string> Discrepancies)
{
    public static readonly RenderedMarkdown Nothing = new(Utf8Text.Empty, [], [], [], []);

    /// <summary>The sentences that mention a country, with their citations.</summary>
    public IReadOnlyList<CountryMention> Countries { get; init; } = [];

    /// <summary>What the editorial checks found: quotations, figures, uncited prose.</summary>
    public EditorialReview Review { get; init; } = EditorialReview.None;
}

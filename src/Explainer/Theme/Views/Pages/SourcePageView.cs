using Explainer.Model;

namespace Explainer.Theme.Views;

/// <summary>A source: its citation metadata, its cleaned text in numbered paragraphs and the pages citing it.</summary>
public sealed record SourcePageView : PageView
{
    public required CitationView Citation { get; init; }
    public IReadOnlyList<SourceParagraphView> Text { get; init; } = [];
    public IReadOnlyList<SourceBacklink> CitedBy { get; init; } = [];
}

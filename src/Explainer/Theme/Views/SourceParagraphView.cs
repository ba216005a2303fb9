namespace Explainer.Theme.Views;

/// <summary>
/// A block of a source's cleaned text as its page shows it: a numbered paragraph (with the
/// pages that cite it and the discrepancies it is part of) or an unnumbered heading.
/// </summary>
public sealed record SourceParagraphView(int Number, string Anchor, RawHtml Html, bool IsHeading)
{
    public IReadOnlyList<LinkView> CitedBy { get; init; } = [];
    public IReadOnlyList<LinkView> Disputed { get; init; } = [];
}

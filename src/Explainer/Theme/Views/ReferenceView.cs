namespace Explainer.Theme.Views;

/// <summary>
/// One entry of a page's reference list, with everything a reader needs to judge and check
/// it: the source, its publication and date, the cited paragraph's number, link and text.
/// </summary>
public sealed record ReferenceView(
    int Number,
    string Anchor,
    string SourceId,
    string SourceTitle,
    string SourceUrl,
    string? Container,
    string? Date,
    string Locator,
    string Href,
    string? Quote,
    IReadOnlyList<BackrefView> Backrefs);

/// <summary>A link from a reference back to one place the page cites it: the marker's id and its 1-based count.</summary>
public sealed record BackrefView(string Anchor, int Number);

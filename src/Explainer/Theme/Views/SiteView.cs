namespace Explainer.Theme.Views;

/// <summary>What every page's template knows about the site: settings, the series and the stand-alone pages (About...) for navigation.</summary>
public sealed record SiteView(
    string Title,
    string? Description,
    string? Author,
    string Language,
    string? License,
    string LinkRoot,
    bool SearchIndex,
    bool Feed,
    IReadOnlyList<LinkView> Topics,
    IReadOnlyList<LinkView> Pages);

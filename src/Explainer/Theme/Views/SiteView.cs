namespace Explainer.Theme.Views;

/// <summary>
/// What every template knows about the site as <c>site</c>: its settings, the series, the
/// stand-alone pages (About...), and the theme's sections, menu and footer links (theme/theme.yml).
/// </summary>
/// <param name="Host">Where the site is published (statiq.json's Host), or null: a copy read elsewhere (from disk, a mirror) can point readers to it with <c>abs_url</c>.</param>
public sealed record SiteView(
    string Title,
    string? Description,
    string? Author,
    string Language,
    string? License,
    string? Host,
    string LinkRoot,
    bool SearchIndex,
    bool Feed,
    IReadOnlyList<LinkView> Topics,
    IReadOnlyList<LinkView> Pages,
    IReadOnlyDictionary<string, SectionView> Sections,
    IReadOnlyList<SectionView> Menu,
    IReadOnlyList<SectionView> Footer);

/// <summary>A page the generator makes (the series, the glossary...) as menus and breadcrumbs show it.</summary>
/// <param name="Exists">False when the site does not make the page (no countries, no timeline events): test it before linking.</param>
public sealed record SectionView(string Name, string Label, string Path, string Url, bool Exists);

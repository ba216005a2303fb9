using Explainer.Settings;

namespace Explainer.Model;

/// <summary>A stand-alone page (input/*.md other than the home page), for the site's menus.</summary>
public sealed record StandalonePage(string Url, string Title, string? Description);

/// <summary>
/// The cross-document model: the settings and URLs, the sources, the glossary, the series, the
/// discrepancies, the countries, the timeline, the drafts left out and the stand-alone pages. The
/// model stages build it once; every later stage receives it and only reads it.
/// </summary>
public sealed record SiteModel(
    SiteSettings Settings,
    SiteUrls Urls,
    SourceLibrary Library,
    Glossary Glossary,
    Series Series,
    DiscrepancyRegistry Discrepancies,
    CountryCatalog Countries,
    Timeline Timeline,
    DraftRegistry Drafts,
    IReadOnlyList<StandalonePage> Pages)
{
    /// <summary>A model with nothing in it but the given parts, for rendering Markdown on its own (tests, data text).</summary>
    public static SiteModel Of(Glossary glossary, SourceLibrary library, DiscrepancyRegistry discrepancies, SiteUrls urls) =>
        new(SiteSettings.Default, urls, library, glossary, Series.Empty, discrepancies, CountryCatalog.Empty, Timeline.Empty, DraftRegistry.None, []);
}

/// <summary>The model with what rendering learned about every page: who mentions, cites and shows what.</summary>
public sealed record LinkedSite(SiteModel Site, Backlinks Backlinks);

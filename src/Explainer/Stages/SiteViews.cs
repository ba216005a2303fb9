using Explainer.Model;
using Explainer.Theme;
using Explainer.Theme.Views;

namespace Explainer.Stages;

/// <summary>Makes what every template knows about the site (<c>site</c>), once per build.</summary>
public static class SiteViews
{
    public static SiteView Of(SiteModel site, SiteLists lists, ThemeData theme)
    {
        var (settings, urls) = (site.Settings, site.Urls);
        // A section whose page the site does not have (no countries, no timeline, downloads off) is in no menu.
        var absent = new HashSet<string>(StringComparer.Ordinal);
        if (site.Countries.IsEmpty) absent.Add("countries");
        if (site.Timeline.Events.Count == 0) absent.Add("timeline");
        if (!settings.Downloads) absent.Add("download");
        var sections = theme.Sections.Keys
            .Select(name => new SectionView(name, theme.Section(name).Label, GeneratedPages.UrlOf(name) ?? "", urls.Link(GeneratedPages.UrlOf(name) ?? "/"), !absent.Contains(name)))
            .ToDictionary(s => s.Name, StringComparer.Ordinal);
        List<SectionView> Pick(IEnumerable<string> names) => names.Where(n => sections.TryGetValue(n, out var s) && s.Exists).Select(n => sections[n]).ToList();
        return new SiteView(
            settings.Title,
            settings.Description,
            settings.Author,
            settings.Language,
            settings.License,
            settings.Host,
            urls.LinkRoot,
            settings.SearchIndex,
            settings.Feed,
            lists.Topics,
            site.Pages.Select(p => new LinkView(urls.Link(p.Url), p.Title, p.Description, p.Url)).ToList(),
            sections,
            Pick(theme.Menu),
            Pick(theme.Footer));
    }
}

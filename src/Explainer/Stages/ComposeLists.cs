using Explainer.Model;
using Explainer.Pipeline;
using Explainer.Theme.Views;

namespace Explainer.Stages;

/// <summary>The lists the index pages and menus show, worked out once per build.</summary>
public sealed record SiteLists(
    IReadOnlyList<LinkView> Topics,
    IReadOnlyList<LetterView> Letters,
    IReadOnlyList<SourceListView> Sources,
    IReadOnlyList<TagView> Tags,
    WorldMapView Map,
    IReadOnlyDictionary<string, IReadOnlyList<string>> TopicCountries);

/// <summary>
/// Composes the lists of the generated index pages: the series (home, topics), the glossary by
/// letter, the bibliography with how many pages cite each source, and topics by tag.
/// </summary>
public sealed class ComposeLists : IStage
{
    public SiteLists Process(IReadOnlyList<Document> documents, LinkedSite linked, BuildContext context)
    {
        var (site, urls) = (linked.Site, linked.Site.Urls);
        var topics = site.Series.Entries.Select(e => new LinkView(urls.Link(e.Url), e.Title, e.Description, e.Url)).ToList();
        var tags = documents
            .Where(d => d.Kind == ContentKinds.Topic)
            .SelectMany(d => (d.Matter?.Tags ?? []).Select(tag => (Tag: tag, Topic: d)))
            .GroupBy(x => x.Tag)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new TagView(g.Key, urls.Link($"/tags/{g.Key}/"), g
                .Select(x => site.Series.Find(x.Topic.Slug))
                .OfType<SeriesEntry>()
                .OrderBy(e => e.Order)
                .Select(e => new LinkView(urls.Link(e.Url), e.Title, e.Description, e.Url)).ToList()))
            .ToList();
        // Which countries each topic's frontmatter names, by slug: a country's page lists the topics that cover it.
        var topicCountries = documents.Where(d => d.Kind == ContentKinds.Topic && d.Matter is Content.TopicMatter).GroupBy(d => d.Slug).ToDictionary(g => g.Key,
            g => (IReadOnlyList<string>)((Content.TopicMatter)g.First().Matter!).Countries.Select(site.Countries.Named).OfType<Country>().Select(c => c.Slug).ToList(),
            StringComparer.Ordinal);
        return new SiteLists(topics, Letters(site), Sources(linked), tags, WorldMaps.Of(documents, linked, context), topicCountries);
    }

    private static List<LetterView> Letters(SiteModel site) => site.Glossary.Alphabetical()
        .GroupBy(t => char.IsLetter(t.Term[0]) ? char.ToUpperInvariant(t.Term[0]).ToString() : "#")
        .Select(g => new LetterView(g.Key, g.Key == "#" ? "letter-other" : $"letter-{g.Key.ToLowerInvariant()}",
            g.Select(t => ViewFactory.Term(t, site.Urls)).ToList()))
        .ToList();

    // Newest first; sources without a stated date follow, by title.
    private static List<SourceListView> Sources(LinkedSite linked) => linked.Site.Library.All
        .Select(s => new SourceListView(ViewFactory.Citation(s.Citation, s.Url, linked.Site.Urls), linked.Backlinks.CitationsOf(s.Id).Count))
        .OrderBy(s => s.Citation.SortDate.Length == 0)
        .ThenByDescending(s => s.Citation.SortDate, StringComparer.Ordinal)
        .ThenBy(s => s.Citation.Title, StringComparer.OrdinalIgnoreCase)
        .ToList();
}

using Explainer.Pipeline;
using Explainer.Theme.Views;

namespace Explainer.Stages;

/// <summary>
/// Gives the generated list pages their lists, by layout: the series (home, topics), the
/// glossary by letter, the bibliography with citing counts, and topics by tag.
/// </summary>
public sealed class ComposeIndexViews : CollectionStage
{
    public override IReadOnlyList<Document> Process(IReadOnlyList<Document> documents, BuildContext context)
    {
        var urls = context.Urls;
        context.StandalonePages = documents
            .Where(d => d.Kind == ContentKinds.Page && d.Url != "/" && !GeneratedPages.All.Any(p => p.Url == d.Url))
            .OrderBy(d => d.Url, StringComparer.Ordinal)
            .Select(d => new LinkView(urls.Link(d.Url), d.GetString(Keys.Title) ?? d.Url, d.GetString(Keys.Description)))
            .ToList();
        var topics = context.Series.Entries.Select(e => new LinkView(urls.Link(e.Url), e.Title, e.Description)).ToList();
        var tags = documents
            .Where(d => d.Kind == ContentKinds.Topic)
            .SelectMany(d => d.Metadata.GetStrings(Keys.Tags).Select(tag => (Tag: tag, Topic: d)))
            .GroupBy(x => x.Tag)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new TagView(g.Key, urls.Link($"/tags/{g.Key}/"), g
                .Select(x => context.Series.Find(x.Topic.GetString(Keys.Slug) ?? ""))
                .OfType<Model.SeriesEntry>()
                .OrderBy(e => e.Order)
                .Select(e => new LinkView(urls.Link(e.Url), e.Title, e.Description)).ToList()))
            .ToList();

        return documents.Select(d => d.GetString(Keys.Layout) switch
        {
            "home" or "topics" => d.With(Keys.Topics, topics),
            "glossary" => d.With(Keys.Letters, Letters(context)),
            "sources" => d.With(Keys.Sources, Sources(context)),
            "tags" => d.With(Keys.TagList, tags),
            "tag" => d.With(Keys.Topics, tags.FirstOrDefault(t => $"/tags/{t.Name}/" == d.Url)?.Topics ?? []),
            _ => d,
        }).ToList();
    }

    private static List<LetterView> Letters(BuildContext context) => context.Glossary.Alphabetical()
        .GroupBy(t => char.IsLetter(t.Term[0]) ? char.ToUpperInvariant(t.Term[0]).ToString() : "#")
        .Select(g => new LetterView(g.Key, g.Key == "#" ? "letter-other" : $"letter-{g.Key.ToLowerInvariant()}",
            g.Select(t => ViewFactory.Term(t, context.Urls)).ToList()))
        .ToList();

    // Newest first; sources without a stated date follow, by title.
    private static List<SourceListView> Sources(BuildContext context) => context.Library.All
        .Select(s => new SourceListView(ViewFactory.Citation(s.Citation, s.Url, context.Urls), context.Backlinks.CitationsOf(s.Id).Count))
        .OrderBy(s => s.Citation.SortDate.Length == 0)
        .ThenByDescending(s => s.Citation.SortDate, StringComparer.Ordinal)
        .ThenBy(s => s.Citation.Title, StringComparer.OrdinalIgnoreCase)
        .ToList();
}

using Explainer.Model;
using Explainer.Pipeline;
using Explainer.Theme.Views;

namespace Explainer.Stages;

/// <summary>
/// Gives every rendered page the views its template shows: the reference list, the terms on
/// the page, and per kind the series neighbours and related topics (topics), the pages that
/// mention it and related terms (terms), or citation metadata and citing pages (sources).
/// </summary>
public sealed class ComposePageViews : DocumentStage
{
    public override Document? Process(Document document, BuildContext context)
    {
        if (document.Get<PageFacts>(Keys.Facts) is not { } facts) return document;
        var urls = context.Urls;
        var metadata = document.Metadata
            .With(Keys.ReferenceList, ViewFactory.References(document.Get<IReadOnlyList<Reference>>(Keys.References) ?? [], context.Library, urls))
            .With(Keys.TermsOnPage, ViewFactory.Terms(facts.Terms.Select(t => t.Slug), context.Glossary, urls))
            .With(Keys.TagLinks, document.Metadata.GetStrings(Keys.Tags).Select(t => new LinkView(urls.Link($"/tags/{t}/"), t)).ToList());
        var slug = document.GetString(Keys.Slug) ?? "";
        metadata = document.Kind switch
        {
            ContentKinds.Topic => Topic(metadata, slug, context),
            ContentKinds.Term => Term(metadata, slug, context),
            ContentKinds.Source => Source(metadata, slug, context),
            _ => metadata,
        };
        return document with { Metadata = metadata };
    }

    private static Metadata Topic(Metadata metadata, string slug, BuildContext context)
    {
        var series = context.Series;
        LinkView? Link(SeriesEntry? e) => e is null ? null : new LinkView(context.Urls.Link(e.Url), e.Title, e.Description);
        return metadata
            .With(Keys.Previous, Link(series.Previous(slug)))
            .With(Keys.Next, Link(series.Next(slug)))
            .With(Keys.Position, series.Position(slug))
            .With(Keys.SeriesLength, series.Entries.Count)
            .With(Keys.RelatedTopics, metadata.GetStrings(Keys.Related).Select(series.Find).Select(Link).OfType<LinkView>().ToList())
            .With(Keys.Breadcrumbs, new List<LinkView> { new(context.Urls.Link("/topics/"), "Topics") });
    }

    private static Metadata Term(Metadata metadata, string slug, BuildContext context) => metadata
        .With(Keys.MentionedIn, context.Backlinks.MentionsOf(slug)
            .Select(b => b with { Url = context.Urls.Link(b.Url) }).ToList())
        .With(Keys.RelatedTerms, ViewFactory.Terms(metadata.GetStrings(Keys.Related), context.Glossary, context.Urls))
        .With(Keys.Breadcrumbs, new List<LinkView> { new(context.Urls.Link("/glossary/"), "Glossary") });

    private static Metadata Source(Metadata metadata, string slug, BuildContext context)
    {
        if (context.Library.Find(slug) is not { } source) return metadata;
        var backlinks = context.Backlinks;
        var paragraphs = (metadata.Get<List<SourceParagraphView>>(Keys.SourceText) ?? [])
            .Select(p => p.IsHeading ? p : p with
            {
                CitedBy = backlinks.CitationsOf(slug, p.Number).Select(b => new LinkView(context.Urls.Link(b.Url), b.Title)).ToList(),
                Disputed = context.Discrepancies.Touching(slug, p.Number)
                    .Select(d => new LinkView(context.Urls.Link($"/discrepancies/#{d.Anchor}"), d.Fact)).ToList(),
            })
            .ToList();
        return metadata
            .With(Keys.Citation, ViewFactory.Citation(source.Citation, source.Url, context.Urls))
            .With(Keys.SourceText, paragraphs)
            .With(Keys.CitedBy, backlinks.CitationsOf(slug).Select(b => b with { Url = context.Urls.Link(b.Url) }).ToList())
            .With(Keys.Breadcrumbs, new List<LinkView> { new(context.Urls.Link("/sources/"), "Sources") });
    }
}

using Explainer.Model;
using Explainer.Pipeline;
using Explainer.Publishing;
using Explainer.Theme.Views;

namespace Explainer.Stages;

/// <summary>
/// Adds what other software reads from each page: the canonical URL, Open Graph type,
/// schema.org JSON-LD, Highwire citation_* tags on source pages, and the "cite this" data
/// (APA-like text, BibTeX, CSL-JSON) for topics, pages and sources. Needs the site's Host for
/// absolute URLs; without it pages carry only what does not need one.
/// </summary>
public sealed class ComposePublishing : DocumentStage
{
    public override Document? Process(Document document, BuildContext context)
    {
        if (document.GetString(Keys.Layout) is null || document.Failed || document.Kind is "file" or "site-file" or "redirect") return document;
        var urls = context.Urls;
        var absolute = urls.Origin is null ? null : urls.Absolute(document.Url);
        var metadata = document.Metadata
            .With(Keys.Canonical, absolute)
            .With(Keys.SocialType, document.Kind is ContentKinds.Topic or ContentKinds.Source ? "article" : "website");
        if (absolute is null) return document with { Metadata = metadata };

        var slug = document.GetString(Keys.Slug) ?? "";
        var site = context.Settings;
        var page = new PageCitation(slug.Length > 0 ? slug : "home", document.GetString(Keys.Title) ?? document.GetString(Keys.Term) ?? site.Title,
            site.Title, site.Author, document.Get<DateOnly?>(Keys.Date), absolute);
        switch (document.Kind)
        {
            case ContentKinds.Topic:
                var cited = (document.Get<IReadOnlyList<Reference>>(Keys.References) ?? [])
                    .Select(r => r.SourceId).Distinct().Select(context.Library.Find).OfType<Source>()
                    .Select(s => (s.Citation, urls.Absolute(s.Url)));
                metadata = metadata
                    .With(Keys.JsonLd, JsonLd.Topic(page, document.GetString(Keys.Description), context.Series.Position(slug), urls.Absolute("/topics/"), cited, document.Get<DateOnly?>(Keys.Updated), site.Language))
                    .With(Keys.CiteThis, Cite("Cite this page", page));
                break;
            case ContentKinds.Term when context.Glossary.Find(slug) is { } term:
                metadata = metadata.With(Keys.JsonLd, JsonLd.Term(term, absolute, urls.Absolute("/glossary/"), site.Title));
                break;
            case ContentKinds.Source when context.Library.Find(slug) is { } source:
                metadata = metadata
                    .With(Keys.JsonLd, JsonLd.Source(source.Citation, absolute))
                    .With(Keys.Highwire, Highwire.For(source.Citation, absolute))
                    .With(Keys.CiteThis, new CiteView("Cite this source", ApaText.Of(source.Citation), BibTex.Entry(source.Citation), CslJson.Write(CslJson.Item(source.Citation))));
                break;
            case ContentKinds.Page:
                metadata = metadata.With(Keys.CiteThis, Cite("Cite this page", page));
                break;
        }
        metadata = document.GetString(Keys.Layout) switch
        {
            "glossary" => metadata.With(Keys.JsonLd, JsonLd.Glossary(context.Glossary.Alphabetical().Select(t => (t, urls.Absolute(t.Url))), absolute, site.Title)),
            "home" or "topics" => metadata.With(Keys.JsonLd, JsonLd.Series(site.Title, site.Description, absolute, context.Series.Entries.Select(e => (e.Title, urls.Absolute(e.Url))))),
            _ => metadata,
        };
        return document with { Metadata = metadata };
    }

    private static CiteView Cite(string heading, PageCitation page) =>
        new(heading, ApaText.Of(page), BibTex.Entry(page), CslJson.Write(CslJson.Page(page)));
}

using Explainer.Content;
using Explainer.Model;
using Explainer.Pipeline;
using Explainer.Publishing;
using Explainer.Theme;
using Explainer.Theme.Views;

namespace Explainer.Stages;

/// <summary>
/// Adds to each page's view what other software reads from it: the canonical URL, Open Graph
/// type, schema.org JSON-LD, Highwire citation_* tags on source pages, and the "cite this" data
/// (APA-like text, BibTeX, CSL-JSON) for topics, pages and sources. Needs the site's Host for
/// absolute URLs; without it pages carry only what does not need one.
/// </summary>
public sealed class ComposePublishing(SiteModel site) : DocumentStage
{
    public override Document? Process(Document document, BuildContext context)
    {
        if (document.Get(Keys.View) is not { } view || document.Kind is "site-file" or "redirect") return document;
        var urls = site.Urls;
        var absolute = urls.Origin is null ? null : urls.Absolute(document.Url);
        var socialType = document.Kind is ContentKinds.Topic or ContentKinds.Source ? "article" : "website";
        if (absolute is null) return document.With(Keys.View, view with { Publishing = PublishingView.None with { SocialType = socialType } });

        var slug = document.Slug;
        var settings = site.Settings;
        var page = new PageCitation(slug.Length > 0 ? slug : "home", view.Title.Length > 0 ? view.Title : settings.Title,
            settings.Title, settings.Author, document.Matter?.Date, absolute);
        string? jsonLd = null;
        IReadOnlyList<Highwire.Tag> highwire = [];
        CiteView? cite = null;
        switch (document.Kind)
        {
            case ContentKinds.Topic:
                var cited = (document.Get(Keys.References) ?? [])
                    .Select(r => r.SourceId).Distinct().Select(site.Library.Find).OfType<Source>()
                    .Select(s => (s.Citation, urls.Absolute(s.Url)));
                jsonLd = JsonLd.Topic(page, view.Description, site.Series.Position(slug), urls.Absolute("/topics/"), cited, document.Matter?.Updated, settings.Language);
                cite = Cite(page);
                break;
            case ContentKinds.Term when site.Glossary.Find(slug) is { } term:
                jsonLd = JsonLd.Term(term, absolute, urls.Absolute("/glossary/"), settings.Title);
                break;
            case ContentKinds.Source when site.Library.Find(slug) is { } source:
                jsonLd = JsonLd.Source(source.Citation, absolute);
                highwire = Highwire.For(source.Citation, absolute);
                cite = new CiteView(ApaText.Of(source.Citation), BibTex.Entry(source.Citation), CslJson.Write(CslJson.Item(source.Citation)));
                break;
            case ContentKinds.Page:
                cite = Cite(page);
                break;
            case ContentKinds.Country when site.Countries.ByCode.GetValueOrDefault((document.Matter as CountryMatter)?.Code ?? "") is { } country:
                jsonLd = JsonLd.Country(country, view.Description, absolute);
                cite = Cite(page);
                break;
        }
        jsonLd = document.Get(Keys.Layout) switch
        {
            "glossary" => JsonLd.Glossary(site.Glossary.Alphabetical().Select(t => (t, urls.Absolute(t.Url))), absolute, settings.Title),
            "timeline" => JsonLd.Timeline(view.Title, absolute, site.Timeline.Events),
            "home" or "topics" => JsonLd.Series(settings.Title, settings.Description, absolute, site.Series.Entries.Select(e => (e.Title, urls.Absolute(e.Url)))),
            _ => jsonLd,
        };
        var publishing = new PublishingView(absolute, socialType, jsonLd is null ? null : RawHtml.From(jsonLd), highwire, cite);
        return document.With(Keys.View, view with { Publishing = publishing });
    }

    private static CiteView Cite(PageCitation page) =>
        new(ApaText.Of(page), BibTex.Entry(page), CslJson.Write(CslJson.Page(page)));
}

using Explainer.Content;
using Explainer.Model;
using Explainer.Pipeline;
using Explainer.Theme;
using Explainer.Theme.Views;

namespace Explainer.Stages;

/// <summary>
/// Gives every page with a layout the view its layout shows (<see cref="Keys.View"/>): what all
/// pages have (title, body, table of contents, reference list, terms on the page, tags) and what
/// its kind or list layout adds (series neighbours, backlinks, a source's text, an index's list).
/// </summary>
public sealed class ComposePageViews(LinkedSite linked, SiteLists lists) : DocumentStage
{
    private readonly SiteModel _site = linked.Site;

    public override Document? Process(Document document, BuildContext context)
    {
        if (document.Get(Keys.Layout) is not { } layout || document.Failed || document.Kind == "file") return document;
        PageView view = layout switch
        {
            "home" => new SeriesPageView { Topics = lists.Topics, Map = _site.Countries.IsEmpty ? null : lists.Map },
            "topics" => new SeriesPageView { Topics = lists.Topics },
            "countries" => new CountriesPageView { Map = lists.Map },
            "glossary" => new GlossaryPageView { Letters = lists.Letters },
            "sources" => new BibliographyPageView { Sources = lists.Sources },
            "tags" => new TagIndexPageView { TagList = lists.Tags },
            "tag" => Tag(document),
            "download" => new DownloadPageView { OnlineUrl = _site.Urls.Origin is null ? null : _site.Urls.Absolute(document.Url) },
            _ => document.Kind switch
            {
                ContentKinds.Topic => Topic(document),
                ContentKinds.Term => Term(document),
                ContentKinds.Source when _site.Library.Find(document.Slug) is { } source => Source(document, source),
                ContentKinds.Country => Country(document),
                "redirect" => Redirect(document),
                _ => new PageView(),
            },
        };
        return document.With(Keys.View, Common(view, document, layout));
    }

    // What every kind of page shows, set on the kind's own view.
    private PageView Common(PageView view, Document document, string layout)
    {
        var urls = _site.Urls;
        var matter = document.Matter;
        var facts = document.Get(Keys.Facts);
        return view with
        {
            Kind = document.Kind,
            Layout = layout,
            Path = document.Url,
            Url = urls.Link(document.Url),
            Title = matter?.Title ?? "",
            Description = matter?.Description,
            Summary = matter?.Description ?? (matter as TermMatter)?.Short,
            Content = document.Get(Keys.Html) is { } html ? RawHtml.From(html) : RawHtml.Empty,
            Toc = document.Get(Keys.Toc) ?? [],
            References = ViewFactory.References(document.Get(Keys.References) ?? [], _site.Library, urls),
            Terms = facts is null ? [] : ViewFactory.Terms(facts.Terms.Select(t => t.Slug), _site.Glossary, urls),
            Tags = (matter?.Tags ?? []).Select(t => new LinkView(urls.Link($"/tags/{t}/"), t, Path: $"/tags/{t}/")).ToList(),
            Section = ContentKinds.Section(document.Kind).Trim('/') is { Length: > 0 } section ? section : null,
            Date = matter?.Date,
            Updated = matter?.Updated,
            Params = matter?.Params ?? new Dictionary<string, object?>(),
            Draft = document.IsDraft,
        };
    }

    private LinkView? Link(SeriesEntry? entry) => entry is null ? null : new LinkView(_site.Urls.Link(entry.Url), entry.Title, entry.Description, entry.Url);

    private TopicPageView Topic(Document document)
    {
        var series = _site.Series;
        var slug = document.Slug;
        return new TopicPageView
        {
            Previous = Link(series.Previous(slug)),
            Next = Link(series.Next(slug)),
            Position = series.Position(slug),
            SeriesLength = series.Entries.Count,
            Related = ((document.Matter as TopicMatter)?.Related ?? []).Select(series.Find).Select(Link).OfType<LinkView>().ToList(),
            Countries = ((document.Matter as TopicMatter)?.Countries ?? []).Select(_site.Countries.Named).OfType<Country>().Distinct()
                .Select(c => new LinkView(_site.Urls.Link(c.Url), c.Name, Path: c.Url)).ToList(),
        };
    }

    private CountryPageView Country(Document document)
    {
        var code = (document.Matter as CountryMatter)?.Code ?? "";
        var country = _site.Countries.ByCode.GetValueOrDefault(code);
        var coveredBy = _site.Series.Entries
            .Where(e => country is not null && (lists.TopicCountries.GetValueOrDefault(e.Slug) ?? []).Contains(country.Slug))
            .Select(e => Link(e)!).ToList();
        return new CountryPageView { Code = code, CoveredBy = coveredBy };
    }

    private TermPageView Term(Document document)
    {
        var matter = document.Matter as TermMatter;
        return new TermPageView
        {
            Short = matter?.Short ?? "",
            Aliases = matter?.OtherNames ?? [],
            MentionedIn = linked.Backlinks.MentionsOf(document.Slug).Select(b => b with { Url = _site.Urls.Link(b.Url) }).ToList(),
            Related = ViewFactory.Terms(matter?.Related ?? [], _site.Glossary, _site.Urls),
        };
    }

    private SourcePageView Source(Document document, Source source)
    {
        var (slug, urls) = (document.Slug, _site.Urls);
        var paragraphs = (document.Get(Keys.SourceText) ?? [])
            .Select(p => p.IsHeading ? p : p with
            {
                CitedBy = linked.Backlinks.CitationsOf(slug, p.Number).Select(b => new LinkView(urls.Link(b.Url), b.Title, Path: b.Url)).ToList(),
                Disputed = _site.Discrepancies.Touching(slug, p.Number)
                    .Select(d => new LinkView(urls.Link($"/discrepancies/#{d.Anchor}"), d.Fact)).ToList(),
            })
            .ToList();
        return new SourcePageView
        {
            Citation = ViewFactory.Citation(source.Citation, source.Url, urls),
            Text = paragraphs,
            CitedBy = linked.Backlinks.CitationsOf(slug).Select(b => b with { Url = urls.Link(b.Url) }).ToList(),
        };
    }

    private TagPageView Tag(Document document)
    {
        var name = document.Url.TrimEnd('/').Split('/')[^1];
        return new TagPageView { Tag = name, Topics = lists.Tags.FirstOrDefault(t => t.Name == name)?.Topics ?? [] };
    }

    private RedirectPageView Redirect(Document document)
    {
        var target = document.Get(Keys.Target) ?? "/";
        return new RedirectPageView { TargetUrl = _site.Urls.Link(target), TargetAbsolute = _site.Urls.Absolute(target) };
    }
}

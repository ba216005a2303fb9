using System.Text.Json;
using System.Xml.Linq;
using Explainer.Tests.Support;

namespace Explainer.Tests.Integration;

/// <summary>What other software reads: feed, sitemap, robots, structured data, citation tags and formats.</summary>
public sealed class PublishingTests
{
    [Fact]
    public void The_feed_is_well_formed_atom_with_absolute_links_and_content_dates()
    {
        using var site = TestSite.From(Trees.Small);
        site.BuildOk();
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feed = XDocument.Parse(site.Read("feed.xml")).Root!;
        Assert.Equal(atom + "feed", feed.Name);
        Assert.Equal("2020-02-03T00:00:00Z", feed.Element(atom + "updated")!.Value);
        var entries = feed.Elements(atom + "entry").ToList();
        Assert.Equal(["At home", "Abroad"], entries.Select(e => e.Element(atom + "title")!.Value));
        Assert.Equal("https://example.org/topics/at-home/", entries[0].Element(atom + "link")!.Attribute("href")!.Value);
        Assert.All(entries, e => Assert.NotNull(e.Element(atom + "id")));
    }

    [Fact]
    public void Sitemap_and_robots_list_absolute_urls()
    {
        using var site = TestSite.From(Trees.Small);
        site.BuildOk();
        XNamespace sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var urls = XDocument.Parse(site.Read("sitemap.xml")).Root!.Elements(sitemap + "url").Select(u => u.Element(sitemap + "loc")!.Value).ToList();
        Assert.Contains("https://example.org/topics/at-home/", urls);
        Assert.Contains("https://example.org/", urls);
        Assert.DoesNotContain(urls, u => u.Contains("404"));
        Assert.Contains("Sitemap: https://example.org/sitemap.xml", site.Read("robots.txt"));
    }

    [Fact]
    public void Pages_carry_canonical_open_graph_and_valid_json_ld()
    {
        using var site = TestSite.From(Trees.Small);
        site.BuildOk();
        var topic = site.Html("topics/at-home/index.html");
        Assert.Equal("https://example.org/topics/at-home/", topic.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("article", topic.QuerySelector("meta[property='og:type']")!.GetAttribute("content"));
        Assert.Equal("At home", topic.QuerySelector("meta[property='og:title']")!.GetAttribute("content"));
        var article = JsonDocument.Parse(topic.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
        Assert.Equal("Article", article.GetProperty("@type").GetString());
        Assert.Equal("CreativeWorkSeries", article.GetProperty("isPartOf").GetProperty("@type").GetString());
        Assert.Equal("A Report on Cameras", article.GetProperty("citation")[0].GetProperty("name").GetString());
        Assert.Equal("Report", article.GetProperty("citation")[0].GetProperty("@type").GetString());

        var term = JsonDocument.Parse(site.Html("glossary/golden-shield/index.html").QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
        Assert.Equal("DefinedTerm", term.GetProperty("@type").GetString());
        var glossary = JsonDocument.Parse(site.Html("glossary/index.html").QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
        Assert.Equal("DefinedTermSet", glossary.GetProperty("@type").GetString());
        Assert.Equal(2, glossary.GetProperty("hasDefinedTerm").GetArrayLength());
    }

    [Fact]
    public void Source_pages_carry_highwire_tags_and_cite_this_source_in_three_formats()
    {
        using var site = TestSite.From(Trees.Small);
        site.BuildOk();
        var page = site.Html("sources/report/index.html");
        Assert.Equal("A Report on Cameras", page.QuerySelector("meta[name=citation_title]")!.GetAttribute("content"));
        Assert.Equal("2019/05", page.QuerySelector("meta[name=citation_publication_date]")!.GetAttribute("content"));
        Assert.Equal("The Review", page.QuerySelector("meta[name=citation_technical_report_institution]")!.GetAttribute("content"));
        var cite = page.QuerySelector(".cite-this")!;
        Assert.Equal("A Report on Cameras. (2019, May). The Review.", cite.QuerySelector(".cite-this__apa")!.TextContent);
        Assert.StartsWith("@techreport{report,", cite.QuerySelectorAll("pre")[0].TextContent);
        var csl = JsonDocument.Parse(cite.QuerySelectorAll("pre")[1].TextContent).RootElement;
        Assert.Equal("report", csl.GetProperty("type").GetString());
        Assert.Equal(2019, csl.GetProperty("issued").GetProperty("date-parts")[0][0].GetInt32());
    }

    [Fact]
    public void The_whole_bibliography_is_published_as_csl_json_and_bibtex()
    {
        using var site = TestSite.From(Trees.Small);
        site.BuildOk();
        var items = JsonDocument.Parse(site.Read("bibliography.json")).RootElement;
        Assert.Equal("report", items[0].GetProperty("id").GetString());
        Assert.Contains("@techreport{report,", site.Read("bibliography.bib"));
        Assert.NotNull(site.Html("sources/index.html").QuerySelector("a[href='/bibliography.bib']"));
    }

    [Fact]
    public void Frontmatter_text_is_escaped_in_html_attributes_json_ld_and_the_feed()
    {
        using var site = TestSite.From(Trees.Small.Replace("title: At home", "title: \"</script><script>alert(1)</script> & \\\"q\\\" <b>\""));
        site.BuildOk();
        var html = site.Read("topics/at-home/index.html");
        Assert.DoesNotContain("<script>alert(1)", html);
        Assert.DoesNotContain("<b>", html);
        var page = site.Html("topics/at-home/index.html");
        Assert.Equal("</script><script>alert(1)</script> & \"q\" <b>", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("</script><script>alert(1)</script> & \"q\" <b>", page.QuerySelector("meta[property='og:title']")!.GetAttribute("content"));
        var jsonLd = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
        Assert.Equal("</script><script>alert(1)</script> & \"q\" <b>", jsonLd.GetProperty("headline").GetString());
        XNamespace atom = "http://www.w3.org/2005/Atom";
        Assert.Equal("</script><script>alert(1)</script> & \"q\" <b>", XDocument.Parse(site.Read("feed.xml")).Root!.Element(atom + "entry")!.Element(atom + "title")!.Value);
    }
}

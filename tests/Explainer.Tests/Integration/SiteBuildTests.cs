using Explainer.Tests.Support;

namespace Explainer.Tests.Integration;

/// <summary>Cross-page behaviour of a whole build, on small inline sites.</summary>
public sealed class SiteBuildTests
{
    [Fact]
    public void Builds_every_kind_of_page_at_its_url()
    {
        using var site = TestSite.From(Trees.Small);
        site.BuildOk();
        foreach (var page in new[] { "index.html", "topics/index.html", "topics/at-home/index.html", "topics/abroad/index.html",
                     "glossary/index.html", "glossary/golden-shield/index.html", "sources/index.html", "sources/report/index.html",
                     "discrepancies/index.html", "search/index.html", "tags/index.html", "tags/cameras/index.html", "404.html",
                     "feed.xml", "sitemap.xml", "robots.txt", "assets/site.css" })
            Assert.True(site.Exists(page), $"{page} was not written");
    }

    [Fact]
    public void Citation_marker_links_to_a_reference_that_links_to_the_source_paragraph()
    {
        using var site = TestSite.From(Trees.Small);
        site.BuildOk();
        var page = site.Html("topics/at-home/index.html");
        var marker = page.QuerySelector("a.cite")!;
        Assert.Equal("#ref-1", marker.GetAttribute("href"));
        var reference = page.GetElementById("ref-1")!;
        Assert.Equal("/sources/report/#p1", reference.QuerySelector("a.reference__locator")!.GetAttribute("href"));
        Assert.Contains("A Report on Cameras", reference.TextContent);
        Assert.Contains("The Review", reference.TextContent);
        Assert.Contains("May 2019", reference.TextContent);
        Assert.Contains("The ministry began the project in 1994.", reference.QuerySelector("blockquote")!.TextContent);
    }

    [Fact]
    public void Source_page_numbers_cleaned_paragraphs_and_marks_the_cited_ones()
    {
        using var site = TestSite.From(Trees.Small);
        site.BuildOk();
        var page = site.Html("sources/report/index.html");
        var paragraphs = page.QuerySelectorAll(".para");
        Assert.Equal(4, paragraphs.Length);
        Assert.Equal("p1", paragraphs[0].Id);
        Assert.DoesNotContain(paragraphs, p => p.TextContent.Contains("caption"));
        Assert.Contains("stifles dissent.", paragraphs[2].TextContent);
        Assert.DoesNotContain("dissent.1", paragraphs[2].TextContent);
        Assert.Contains("At home", page.GetElementById("p1")!.QuerySelector(".para__cited-by")!.TextContent);
        Assert.Null(page.GetElementById("p4")!.QuerySelector(".para__cited-by"));
    }

    [Fact]
    public void A_source_citing_itself_in_its_summary_is_not_cited_in_itself()
    {
        // The report's summary cites its own ¶2, as the glossary term on cameras does.
        using var site = TestSite.From(Trees.Small);
        site.BuildOk();
        var page = site.Html("sources/report/index.html");
        Assert.Equal("Cited in At home, surveillance camera", page.GetElementById("p2")!.QuerySelector(".para__cited-by")!.TextContent);
        Assert.Equal(["Abroad: ¶3", "At home: ¶1, ¶2", "Golden Shield Project: ¶1", "surveillance camera: ¶2"],
            page.QuerySelectorAll(".cited-by li").Select(li => li.TextContent));
        Assert.Contains("<td data-label=\"Cited by\" data-value=\"4\">4 pages</td>", site.Read("sources/index.html"));
    }

    [Fact]
    public void Term_page_lists_the_pages_that_mention_it_with_the_sentence()
    {
        using var site = TestSite.From(Trees.Small);
        site.BuildOk();
        var page = site.Html("glossary/surveillance-camera/index.html");
        var mentions = page.QuerySelector(".mentioned-in")!;
        Assert.Contains("At home", mentions.TextContent);
        Assert.Contains("Cameras now watch most streets.", mentions.TextContent);
        Assert.Contains("Golden Shield Project", page.QuerySelector(".related")!.TextContent);
    }

    [Fact]
    public void First_mention_links_to_the_glossary_and_the_term_is_listed_on_the_page()
    {
        using var site = TestSite.From(Trees.Small);
        site.BuildOk();
        var page = site.Html("topics/at-home/index.html");
        var links = page.QuerySelectorAll(".prose a.term");
        Assert.Equal(["/glossary/golden-shield/", "/glossary/surveillance-camera/"], links.Select(l => l.GetAttribute("href")));
        Assert.NotNull(page.GetElementById("term-surveillance-camera"));
    }

    [Fact]
    public void Topic_pages_link_to_their_neighbours_in_the_series_and_related_topics()
    {
        using var site = TestSite.From(Trees.Small);
        site.BuildOk();
        var first = site.Html("topics/at-home/index.html");
        Assert.Equal("/topics/abroad/", first.QuerySelector("a[rel=next]")!.GetAttribute("href"));
        Assert.Null(first.QuerySelector("a[rel=prev]"));
        Assert.Contains("Abroad", first.QuerySelector(".related")!.TextContent);
        var toc = first.QuerySelectorAll(".toc a").Select(a => a.GetAttribute("href"));
        Assert.Equal(["#origins", "#streets"], toc);
        Assert.Equal("/topics/at-home/", site.Html("topics/abroad/index.html").QuerySelector("a[rel=prev]")!.GetAttribute("href"));
    }

    [Fact]
    public void Two_builds_of_the_same_input_are_byte_identical()
    {
        using var first = TestSite.From(Trees.Small);
        using var second = TestSite.From(Trees.Small);
        first.BuildOk();
        second.BuildOk();
        var files = Directory.EnumerateFiles(first.Output, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(first.Output, f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(files, Directory.EnumerateFiles(second.Output, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(second.Output, f)).Order(StringComparer.Ordinal));
        foreach (var file in files)
            Assert.True(File.ReadAllBytes(Path.Combine(first.Output, file)).SequenceEqual(File.ReadAllBytes(Path.Combine(second.Output, file))), $"{file} differs");
    }

    [Fact]
    public void Drafts_are_left_out_unless_asked_for()
    {
        using var site = TestSite.From(Trees.Small + """

            -- input/topics/later.md --
            ---
            title: Later
            description: Not ready.
            draft: true
            ---
            Work in progress.
            """);
        site.BuildOk();
        Assert.False(site.Exists("topics/later/index.html"));
        site.BuildOk(o => o with { Drafts = true });
        Assert.True(site.Exists("topics/later/index.html"));
    }

    [Fact]
    public void An_alias_becomes_a_redirect_page_to_the_new_url()
    {
        using var site = TestSite.From(Trees.Small.Replace("order: 2\n", "order: 2\naliases: [/old/abroad/]\n"));
        site.BuildOk();
        var redirect = site.Html("old/abroad/index.html");
        Assert.Equal("0; url=/topics/abroad/", redirect.QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content"));
    }
}

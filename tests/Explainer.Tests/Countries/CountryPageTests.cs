using Explainer.Tests.Support;

namespace Explainer.Tests.Countries;

/// <summary>
/// Country pages end to end: made for every country the content mentions, with the series'
/// statements grouped by topic and linked to their place, the source paragraphs that name the
/// country, the discrepancies that concern it and related terms; the editors' summary first.
/// </summary>
public sealed class CountryPageTests
{
    private const string Tree = Trees.Small + """

        -- seeds/report.txt --
        Photo: a caption that is not part of the text

        The ministry began the project in 1994.

        Cameras now watch most streets in Kenya.

        Critics say the system stifles dissent.1

        Officials deny this.
        -- input/topics/kenya-topic.md --
        ---
        title: Kenya and the cameras
        description: What the report says about Kenya.
        order: 3
        countries: [Kenya, Britain]
        ---
        ## Streets

        The report says cameras watch most streets in Kenya [@report, ¶2]. Critics in Kenya say the system stifles dissent [@report, ¶3].

        Kenya is also discussed in the [first part](/topics/at-home/).
        -- input/countries/kenya.md --
        ---
        country: KE
        description: What the report says about Kenya.
        ---
        The report counts Kenya among the places watched by cameras [@report, ¶2].
        -- input/data/countries.yml --
        aliases:
          GB: [Britain]
        """;

    [Fact]
    public void A_country_page_lists_the_series_statements_by_topic_linked_to_their_place_and_cited()
    {
        using var site = TestSite.From(Tree);
        site.BuildOk();
        var page = site.Html("countries/kenya/index.html");

        Assert.Equal("Kenya", page.QuerySelector("h1")!.TextContent);
        Assert.StartsWith("The report counts Kenya among the places watched by cameras", page.QuerySelector(".prose p")!.TextContent);
        var statements = page.QuerySelectorAll(".prose li > a[href^='/topics/kenya-topic/#cite-']").Select(a => a.TextContent).ToList();
        Assert.Equal(["The report says cameras watch most streets in Kenya.", "Critics in Kenya say the system stifles dissent."], statements);
        Assert.Equal("Kenya and the cameras", page.QuerySelector(".prose h3 a[href='/topics/kenya-topic/']")!.TextContent);
        Assert.DoesNotContain(page.QuerySelectorAll(".prose li"), li => li.TextContent.Contains("first part", StringComparison.Ordinal));
        Assert.NotNull(page.QuerySelector(".references li[data-source='report']"));
    }

    [Fact]
    public void A_country_page_names_the_source_paragraphs_that_mention_it()
    {
        using var site = TestSite.From(Tree);
        site.BuildOk();
        var page = site.Html("countries/kenya/index.html");

        Assert.Equal(["A Report on Cameras, ¶2: “Cameras now watch most streets in Kenya.” [reference 1]"],
            page.QuerySelectorAll(".prose #in-the-sources + ul > li").Select(li => li.TextContent));
    }

    [Fact]
    public void Every_country_the_content_names_gets_a_page_and_the_topic_links_to_its_countries()
    {
        using var site = TestSite.From(Tree);
        site.BuildOk();

        Assert.True(site.Exists("countries/united-kingdom/index.html"), "a country named only in a topic's countries has a page");
        Assert.Equal("United Kingdom", site.Html("countries/united-kingdom/index.html").QuerySelector("h1")!.TextContent);
        var topic = site.Html("topics/kenya-topic/index.html");
        Assert.Equal(["/countries/kenya/", "/countries/united-kingdom/"], topic.QuerySelectorAll(".countries-covered a").Select(a => a.GetAttribute("href")!));
        Assert.Equal("/countries/kenya/", topic.QuerySelector(".prose a.country")!.GetAttribute("href"));
        Assert.Contains(site.Html("countries/kenya/index.html").QuerySelectorAll(".covered-by a"), a => a.GetAttribute("href") == "/topics/kenya-topic/");
    }

    [Fact]
    public void The_countries_page_has_the_map_and_the_same_data_as_a_table()
    {
        using var site = TestSite.From(Tree);
        site.BuildOk();
        var page = site.Html("countries/index.html");

        var link = page.QuerySelector("svg a[href='/countries/kenya/']")!;
        Assert.Equal("Kenya: 2 cited statements", link.GetAttribute("aria-label"));
        Assert.Equal(["Kenya", "United Kingdom"], page.QuerySelectorAll(".country-list tbody th a").Select(a => a.TextContent));
        Assert.Equal(["2", "1"], page.QuerySelectorAll(".country-list tbody tr").First().QuerySelectorAll("td").Select(td => td.TextContent));
        Assert.NotNull(site.Html("index.html").QuerySelector(".world-map svg"));
    }

    [Fact]
    public void Country_pages_are_places_in_search_the_feed_and_the_sitemap()
    {
        using var site = TestSite.From(Tree);
        site.BuildOk();

        Assert.Equal("kind:Country", site.Html("countries/kenya/index.html").QuerySelector("[data-pagefind-body]")!.GetAttribute("data-pagefind-filter"));
        Assert.Contains("\"@type\":\"Place\"", site.Read("countries/kenya/index.html"));
        Assert.Contains("https://example.org/countries/kenya/", site.Read("feed.xml"));
        Assert.Contains("https://example.org/countries/kenya/", site.Read("sitemap.xml"));
    }

    [Fact]
    public void Without_countries_the_site_has_no_country_pages_no_map_and_no_menu_entry()
    {
        using var site = TestSite.From(Tree + "\n-- statiq.json --\n{ \"Title\": \"Test site\", \"Host\": \"example.org\", \"SearchIndex\": false, \"Countries\": false }");
        site.BuildOk();

        Assert.False(Directory.Exists(Path.Combine(site.Output, "countries")));
        Assert.Null(site.Html("index.html").QuerySelector(".world-map"));
        Assert.DoesNotContain(site.Html("index.html").QuerySelectorAll(".site-nav a"), a => a.TextContent == "Countries");
    }
}

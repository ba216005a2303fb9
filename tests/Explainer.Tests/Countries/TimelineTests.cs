using Explainer.Tests.Support;

namespace Explainer.Tests.Countries;

/// <summary>The timeline: events from input/data/timeline.yml in date order, each cited and linked to its topics; disagreeing dates shown with their note.</summary>
public sealed class TimelineTests
{
    private const string Tree = Trees.Small + """

        -- input/data/discrepancies.yml --
        discrepancies:
          - id: project-start
            fact: "when the project began"
            claims:
              - { source: report, paragraph: 1, says: "in 1994" }
              - { source: report, paragraph: 2, says: "later" }
        -- input/data/timeline.yml --
        events:
          - id: cameras
            date: 2019-05
            text: "Cameras watch most streets [@report, ¶2]."
            topics: [at-home]
          - id: project
            date: [1994, 2000]
            discrepancy: project-start
            text: "The ministry begins the project [@report, ¶1]."
            topics: [at-home, abroad]
          - id: critics
            date: 2019
            when: "in 2019 or so"
            text: "Critics speak out [@report, ¶3]."
            topics: [abroad]
        """;

    [Fact]
    public void Events_are_in_date_order_with_their_dates_as_the_sources_give_them()
    {
        using var site = TestSite.From(Tree);
        site.BuildOk();
        var events = site.Html("timeline/index.html").QuerySelectorAll("ol.timeline > li.event").ToList();

        Assert.Equal(["event-project", "event-critics", "event-cameras"], events.Select(e => e.Id));
        Assert.Equal(["1994 or 2000", "in 2019 or so", "May 2019"], events.Select(e => e.QuerySelector(".event__date")!.TextContent));
        Assert.Equal(["1994", "2000"], events[0].QuerySelectorAll("time").Select(t => t.GetAttribute("datetime")!));
    }

    [Fact]
    public void Every_event_is_cited_and_links_to_the_topics_that_discuss_it()
    {
        using var site = TestSite.From(Tree);
        site.BuildOk();
        var page = site.Html("timeline/index.html");

        Assert.All(page.QuerySelectorAll("li.event"), e => Assert.NotNull(e.QuerySelector("sup.citation a.cite")));
        Assert.Equal(["/topics/at-home/", "/topics/abroad/"], page.QuerySelector("#event-project")!.QuerySelectorAll("p a:not(.cite)").Select(a => a.GetAttribute("href")!).Where(h => h.StartsWith("/topics/", StringComparison.Ordinal)));
        Assert.NotNull(page.QuerySelector(".references li[data-source='report']"));
    }

    [Fact]
    public void Dates_the_sources_disagree_on_come_with_the_discrepancy_note()
    {
        using var site = TestSite.From(Tree);
        site.BuildOk();
        var note = site.Html("timeline/index.html").QuerySelector("#event-project aside.discrepancy")!;

        Assert.Contains("when the project began", note.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, note.QuerySelectorAll("li").Length);
    }

    [Fact]
    public void The_timeline_is_an_item_list_of_events_for_search_engines()
    {
        using var site = TestSite.From(Tree);
        site.BuildOk();
        var html = site.Read("timeline/index.html");

        Assert.Contains("\"@type\":\"ItemList\"", html);
        Assert.Contains("{\"@type\":\"Event\",\"name\":\"The ministry begins the project.\",\"startDate\":\"1994\",\"url\":\"https://example.org/timeline/#event-project\"}", html);
    }

    [Fact]
    public void Without_events_there_is_no_timeline_page_and_no_link_to_one()
    {
        using var site = TestSite.From(Trees.Small);
        site.BuildOk();

        Assert.False(site.Exists("timeline/index.html"));
        Assert.DoesNotContain("/timeline/", site.Read("index.html"));
    }
}

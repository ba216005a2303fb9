using System.Net;
using Explainer.BrowserTests.Support;

namespace Explainer.BrowserTests;

/// <summary>Getting around: links, the series from first to last, breadcrumbs, the table of contents, the skip link.</summary>
[Collection(SiteCollection.Name)]
public sealed class NavigationTests(SiteFixture site)
{
    [Fact]
    public async Task Every_internal_link_and_asset_on_every_page_answers()
    {
        var targets = site.Site.Pages()
            .SelectMany(page => site.Site.Html(page).QuerySelectorAll("a[href], link[href], script[src], img[src]")
                .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
                .Where(url => url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal))
                .Select(url => (Page: page, Path: url.Split('#')[0])))
            .DistinctBy(x => x.Path)
            .ToList();
        Assert.True(targets.Count > 100, $"only {targets.Count} distinct internal links found");
        using var http = new HttpClient { BaseAddress = site.Address };
        var broken = new List<string>();
        foreach (var (page, path) in targets)
        {
            using var response = await http.GetAsync(path, TestContext.Current.CancellationToken);
            if (response.StatusCode != HttpStatusCode.OK) broken.Add($"{page} -> {path}: {(int)response.StatusCode}");
        }
        Assert.True(broken.Count == 0, string.Join('\n', broken));
    }

    [Fact]
    public async Task Next_leads_through_the_whole_series_in_order_and_previous_leads_back()
    {
        var series = site.Site.Html("/topics/").QuerySelectorAll(".series-list a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.True(series.Count >= 8, "the series list is too short");
        await using var visit = await site.VisitAsync(series[0]);
        var page = visit.Page;
        Assert.Equal(0, await page.Locator("a[rel=prev]").CountAsync());
        foreach (var expected in series.Skip(1))
        {
            await page.Locator("a[rel=next]").ClickAsync();
            await page.WaitForURLAsync(site.Url(expected));
        }
        Assert.Equal(0, await page.Locator("a[rel=next]").CountAsync());
        await page.Locator("a[rel=prev]").ClickAsync();
        await page.WaitForURLAsync(site.Url(series[^2]));
        Assert.Equal($"Part {series.Count - 1} of {series.Count}", (await page.Locator(".eyebrow").TextContentAsync())!.Trim());
        visit.AssertClean();
    }

    [Theory]
    [InlineData("/topics/", "Topics")]
    [InlineData("/glossary/", "Glossary")]
    [InlineData("/sources/", "Sources")]
    public async Task Breadcrumbs_name_the_page_and_lead_back_to_its_section(string section, string name)
    {
        var child = site.Site.Html(section).QuerySelector("main a[href^='" + section + "']:not([href='" + section + "'])")!.GetAttribute("href")!;
        await using var visit = await site.VisitAsync(child);
        var page = visit.Page;
        var crumbs = page.GetByRole(AriaRole.Navigation, new() { Name = "Breadcrumb" });
        var current = crumbs.Locator("[aria-current=page]");
        Assert.Equal(site.Url(child), await current.EvaluateAsync<string>("a => a.href"));
        Assert.False(string.IsNullOrWhiteSpace(await current.TextContentAsync()));
        await crumbs.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).ClickAsync();
        await page.WaitForURLAsync(site.Url(section));
        await crumbs.Or(page.Locator("h1")).First.WaitForAsync();
        visit.AssertClean();
    }

    [Fact]
    public async Task The_table_of_contents_jumps_to_each_section_and_marks_the_one_being_read()
    {
        var topic = site.Site.Html("/topics/").QuerySelector(".series-list a")!.GetAttribute("href")!;
        await using var visit = await site.VisitAsync(topic);
        var page = visit.Page;
        var links = page.Locator(".toc a");
        var count = await links.CountAsync();
        Assert.True(count >= 2, "the first topic has no table of contents");
        var last = links.Nth(count - 1);
        var hash = (await last.GetAttributeAsync("href"))!;
        await last.ClickAsync();
        await page.WaitForURLAsync(site.Url(topic) + hash);
        var heading = page.Locator(hash);
        await Assertions.Expect(heading).ToBeInViewportAsync();
        await Assertions.Expect(last).ToHaveAttributeAsync("aria-current", "true");
        visit.AssertClean();
    }

    [Fact]
    public void Topic_pages_list_the_terms_they_use_and_link_related_topics()
    {
        var topics = site.Site.Html("/topics/").QuerySelectorAll(".series-list a").Select(a => a.GetAttribute("href")!).ToList();
        foreach (var topic in topics)
        {
            var html = site.Site.Html(topic);
            var terms = html.QuerySelectorAll(".prose a.term").Select(a => a.GetAttribute("data-term")!).Distinct().Order();
            var listed = html.QuerySelectorAll(".terms-on-page [id^='term-']").Select(e => e.Id![5..]).Order();
            Assert.Equal(terms, listed);
        }
        var related = topics.SelectMany(t => site.Site.Html(t).QuerySelectorAll(".related a").Select(a => a.GetAttribute("href")!)).ToList();
        Assert.NotEmpty(related);
        Assert.All(related, href => Assert.Contains(href, topics));
    }

    [Fact]
    public async Task The_skip_link_is_the_first_stop_and_moves_focus_to_the_content_where_focus_is_visible()
    {
        await using var visit = await site.VisitAsync("/");
        var page = visit.Page;
        await page.Keyboard.PressAsync("Tab");
        var skip = page.Locator(".skip-link");
        await Assertions.Expect(skip).ToBeFocusedAsync();
        await Assertions.Expect(skip).ToBeInViewportAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("main")).ToBeFocusedAsync();

        // The next stop is a link in the content, with a visible focus ring.
        await page.Keyboard.PressAsync("Tab");
        var focused = page.Locator("main :focus");
        await Assertions.Expect(focused).ToHaveCountAsync(1);
        Assert.Equal("solid", await focused.EvaluateAsync<string>("e => getComputedStyle(e).outlineStyle"));
        Assert.True(await focused.EvaluateAsync<double>("e => parseFloat(getComputedStyle(e).outlineWidth)") >= 2);
        visit.AssertClean();
    }

    [Fact]
    public async Task An_unknown_address_shows_the_not_found_page_with_ways_on()
    {
        await using var visit = await site.VisitAsync("/404.html");
        await visit.GoExpectingAsync("/no/such/page/", 404);
        await Assertions.Expect(visit.Page.Locator("main a[href='/search/']")).ToBeVisibleAsync();
        visit.AssertClean();
    }
}

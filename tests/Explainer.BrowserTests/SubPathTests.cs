using System.Net;
using System.Text.RegularExpressions;
using Explainer.BrowserTests.Support;

namespace Explainer.BrowserTests;

/// <summary>
/// The whole site under a sub-path: built with <c>LinkRoot</c> "/rights/" and served only there,
/// so any link, asset, script import or search result that forgets the sub-path gets a 404.
/// </summary>
[Collection(SubPathCollection.Name)]
public sealed class SubPathTests(SubPathSiteFixture site)
{
    [Fact]
    public async Task Every_link_and_asset_of_every_page_carries_the_sub_path_and_answers()
    {
        var outside = new List<string>();
        var targets = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var page in site.Site.HtmlFiles())
        {
            var html = site.Site.Html(page);
            var urls = html.QuerySelectorAll("[href], [src], form[action], [cite]")
                .SelectMany(e => new[] { e.GetAttribute("href"), e.GetAttribute("src"), e.GetAttribute("action"), e.GetAttribute("cite") })
                .Concat(html.QuerySelectorAll("meta[http-equiv=refresh]").Select(m => m.GetAttribute("content")!.Split("url=", 2)[^1]))
                .OfType<string>()
                .Where(url => url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal));
            foreach (var url in urls)
            {
                if (!url.StartsWith(site.LinkRoot, StringComparison.Ordinal)) outside.Add($"{page}: {url}");
                else targets.TryAdd(url.Split('#')[0], page);
            }
        }
        Assert.True(outside.Count == 0, "links outside the sub-path:\n" + string.Join('\n', outside.Take(50)));
        Assert.True(targets.Count > 100, $"only {targets.Count} distinct internal links found");

        using var http = new HttpClient { BaseAddress = site.Address };
        var broken = new List<string>();
        foreach (var (path, page) in targets)
        {
            using var response = await http.GetAsync(path, TestContext.Current.CancellationToken);
            if (response.StatusCode != HttpStatusCode.OK) broken.Add($"{page} -> {path}: {(int)response.StatusCode}");
        }
        Assert.True(broken.Count == 0, string.Join('\n', broken));
    }

    [Fact]
    public async Task A_reader_goes_from_the_home_page_to_a_topic_and_its_term_previews_with_styles_and_scripts_loaded()
    {
        await using var visit = await site.VisitAsync(site.LinkRoot);
        var page = visit.Page;
        Assert.True(await page.EvaluateAsync<int>("[...document.styleSheets].reduce((n, s) => n + s.cssRules.length, 0)") > 50,
            "the stylesheet did not load");

        await page.Locator("main a[href^='/rights/topics/']:not([href='/rights/topics/'])").First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/rights/topics/[^/]+/$"));

        var term = page.Locator(".prose a.term").First;
        Assert.StartsWith("/rights/glossary/", await term.GetAttributeAsync("href"));
        await term.HoverAsync();
        var preview = page.Locator("#preview");
        await Assertions.Expect(preview).ToBeVisibleAsync();
        await Assertions.Expect(preview.Locator("a").First).ToHaveAttributeAsync("href", new Regex("^(http://[^/]+)?/rights/glossary/[^/]+/$"));

        await term.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/rights/glossary/[^/]+/$"));
        await Assertions.Expect(page.Locator("h1")).ToBeVisibleAsync();
        visit.AssertClean();
    }

    [Fact]
    public async Task Search_loads_its_index_from_the_sub_path_and_its_results_lead_there()
    {
        await using var visit = await site.VisitAsync(site.LinkRoot);
        var page = visit.Page;
        await page.GetByRole(AriaRole.Search, new() { Name = "Site" }).GetByRole(AriaRole.Searchbox).FillAsync("surveillance");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/rights/search/\\?q="));
        var results = page.Locator(".search-results li > a");
        await Assertions.Expect(results.First).ToBeVisibleAsync();
        var urls = await results.EvaluateAllAsync<string[]>("links => links.map(a => new URL(a.href).pathname)");
        Assert.All(urls, url => Assert.StartsWith(site.LinkRoot, url));

        await results.First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(site.Url(urls[0]));
        await Assertions.Expect(page.Locator("h1")).ToBeVisibleAsync();
        visit.AssertClean();
    }

    [Fact]
    public async Task An_unknown_address_under_the_sub_path_shows_the_styled_not_found_page()
    {
        await using var visit = await site.VisitAsync(site.LinkRoot);
        await visit.GoExpectingAsync("/rights/no/such/page/", 404);
        var page = visit.Page;
        Assert.True(await page.EvaluateAsync<int>("[...document.styleSheets].reduce((n, s) => n + s.cssRules.length, 0)") > 50,
            "the not-found page's stylesheet did not load");
        await Assertions.Expect(page.Locator("main a[href='/rights/search/']")).ToBeVisibleAsync();
        await page.Locator("main a[href='/rights/topics/']").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(site.Url("/rights/topics/"));
        visit.AssertClean();
    }
}

using Explainer.BrowserTests.Support;

namespace Explainer.BrowserTests;

/// <summary>Search with Pagefind: topics by a word of their title, glossary terms and sources by name, filters by kind.</summary>
[Collection(SiteCollection.Name)]
public sealed class SearchTests(SiteFixture site)
{
    [Fact]
    public async Task The_header_search_box_finds_a_topic_by_a_word_in_its_title()
    {
        var topics = site.Site.Html("/topics/").QuerySelectorAll(".series-list a").Select(a => (Url: a.GetAttribute("href")!, Title: a.TextContent)).ToList();
        // A word of one title that no other title has, so the test follows the content as it changes.
        var (url, word) = topics
            .SelectMany(t => Words(t.Title).Select(w => (t.Url, Word: w)))
            .Where(x => x.Word.Length >= 6 && topics.Count(t => Words(t.Title).Contains(x.Word)) == 1)
            .First();

        await using var visit = await site.VisitAsync("/");
        var page = visit.Page;
        await page.GetByRole(AriaRole.Search, new() { Name = "Site" }).GetByRole(AriaRole.Searchbox).FillAsync(word);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/search/\\?q="));
        var results = page.Locator(".search-results li");
        await Assertions.Expect(results.First).ToBeVisibleAsync();
        Assert.Contains(site.Url(url), await ResultUrlsAsync(page));
        await Assertions.Expect(page.Locator(".search-status")).ToContainTextAsync("result");
        visit.AssertClean();
    }

    [Fact]
    public async Task Glossary_terms_are_found_by_name_first_among_terms()
    {
        var terms = site.Site.Html("/glossary/").QuerySelectorAll(".term-list dt a").Select(a => (Url: a.GetAttribute("href")!, Name: a.TextContent)).ToList();
        await using var visit = await site.VisitAsync("/search/");
        var page = visit.Page;
        foreach (var (url, name) in new[] { terms[0], terms[terms.Count / 2], terms[^1] })
        {
            var found = await SearchAsync(page, name);
            Assert.Contains(site.Url(url), found.Take(3));
            await OnlyAsync(page, "Term");
            Assert.Equal(site.Url(url), (await SearchAsync(page, name)).First());
            await AllKindsAsync(page);
        }
        visit.AssertClean();
    }

    [Fact]
    public async Task Sources_are_found_by_title()
    {
        var source = site.Site.Html("/sources/").QuerySelector(".bibliography td a")!;
        await using var visit = await site.VisitAsync("/search/");
        var found = await SearchAsync(visit.Page, source.TextContent);
        Assert.Contains(site.Url(source.GetAttribute("href")!), found.Take(3));
        visit.AssertClean();
    }

    [Fact]
    public async Task The_kind_filter_keeps_only_the_chosen_kinds_and_is_kept_in_the_address()
    {
        await using var visit = await site.VisitAsync("/search/?q=surveillance");
        var page = visit.Page;
        await Assertions.Expect(page.Locator(".search-results li").First).ToBeVisibleAsync();
        var kinds = await KindsAsync(page);
        Assert.True(kinds.Distinct().Count() >= 3, "a common word should find several kinds of page: " + string.Join(", ", kinds.Distinct()));

        await OnlyAsync(page, "Source");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("kind=Source"));
        Assert.All(await KindsAsync(page), kind => Assert.Equal("Source", kind));

        await page.ReloadAsync();
        await Assertions.Expect(page.Locator(".search-results li").First).ToBeVisibleAsync();
        Assert.All(await KindsAsync(page), kind => Assert.Equal("Source", kind));
        await Assertions.Expect(page.Locator("input[name=kind][value=Topic]")).Not.ToBeCheckedAsync();

        await page.Locator("input[name=kind][value=Source]").UncheckAsync();
        await Assertions.Expect(page.Locator(".search-status")).ToContainTextAsync("Choose at least one");
        await Assertions.Expect(page.Locator(".search-results li")).ToHaveCountAsync(0);
        visit.AssertClean();
    }

    private static IEnumerable<string> Words(string title) =>
        title.Split([' ', ',', ':', '\'', '’', '(', ')'], StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToLowerInvariant());

    private static async Task<IReadOnlyList<string>> SearchAsync(IPage page, string query)
    {
        var status = page.Locator(".search-status");
        await page.Locator("#search-q").FillAsync(query);
        await page.Locator("#search-q").PressAsync("Enter");
        await Assertions.Expect(status).ToContainTextAsync($"for “{query}”");
        return await ResultUrlsAsync(page);
    }

    private static async Task<IReadOnlyList<string>> ResultUrlsAsync(IPage page) =>
        await page.Locator(".search-results li > a").EvaluateAllAsync<string[]>("links => links.map(a => a.href)");

    private static async Task<IReadOnlyList<string>> KindsAsync(IPage page)
    {
        var names = new Dictionary<string, string> { ["Topic"] = "Topic", ["Glossary term"] = "Term", ["Source"] = "Source", ["Country"] = "Country", ["Page"] = "Page" };
        var shown = await page.Locator(".search-results .kind").AllTextContentsAsync();
        return shown.Select(k => names[k.Trim()]).ToList();
    }

    /// <summary>Leaves only one kind ticked and waits for the new results.</summary>
    private static async Task OnlyAsync(IPage page, string kind)
    {
        foreach (var box in await page.Locator("input[name=kind]").AllAsync())
        {
            var value = await box.GetAttributeAsync("value");
            if (value == kind) await box.CheckAsync();
            else await box.UncheckAsync();
        }
        await Assertions.Expect(page.Locator(".search-status")).Not.ToHaveTextAsync("Searching…");
    }

    private static async Task AllKindsAsync(IPage page)
    {
        foreach (var box in await page.Locator("input[name=kind]").AllAsync()) await box.CheckAsync();
    }
}

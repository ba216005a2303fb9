using Explainer.BrowserTests.Support;

namespace Explainer.BrowserTests;

/// <summary>What readers see: screenshots at phone and desktop widths (saved as test output) and the printed page.</summary>
[Collection(SiteCollection.Name)]
public sealed class LookTests(SiteFixture site)
{
    private static readonly string Screenshots = Path.Combine(RepositoryRoot.Path, "TestResults", "screenshots");

    [Fact]
    public async Task Screenshots_of_the_home_page_and_a_topic_at_360_and_1280_pixels()
    {
        Directory.CreateDirectory(Screenshots);
        var topic = site.Site.Html("/topics/").QuerySelector(".series-list a")!.GetAttribute("href")!;
        foreach (var (name, path) in new[] { ("home", "/"), ("topic", topic) })
        foreach (var (width, options) in new[] { (360, SiteFixture.Phone), (1280, SiteFixture.Desktop) })
        {
            await using var visit = await site.VisitAsync(path, options);
            var file = Path.Combine(Screenshots, $"{name}-{width}.png");
            await visit.Page.ScreenshotAsync(new() { Path = file, FullPage = true });
            Assert.True(new FileInfo(file).Length > 10_000, $"{file} looks empty");
            visit.AssertClean();
        }
    }

    [Fact]
    public async Task The_printed_page_keeps_the_text_and_references_shows_link_addresses_and_drops_the_menus()
    {
        var topic = site.Site.Html("/topics/").QuerySelector(".series-list a")!.GetAttribute("href")!;
        await using var visit = await site.VisitAsync(topic);
        var page = visit.Page;
        await page.EvaluateAsync("() => window.dispatchEvent(new Event('beforeprint'))");
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(page.Locator(".site-header")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".toc")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".references")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".reference__quote").First).ToBeVisibleAsync();
        var reference = page.Locator(".reference").First;
        var link = await reference.Locator(".reference__locator").CountAsync() > 0 ? reference.Locator(".reference__locator") : reference.Locator(".reference__title");
        var after = await link.EvaluateAsync<string>("a => getComputedStyle(a, '::after').content");
        Assert.Contains(site.Url("/sources/"), after);
        var citation = await page.Locator(".prose a.cite").First.EvaluateAsync<string>("a => getComputedStyle(a, '::after').content");
        Assert.Equal("none", citation);
        Directory.CreateDirectory(Screenshots);
        await page.PdfAsync(new() { Path = Path.Combine(Screenshots, "topic-print.pdf") });
        visit.AssertClean();
    }
}

using System.IO.Compression;
using System.Text.RegularExpressions;
using Explainer.BrowserTests.Support;

namespace Explainer.BrowserTests;

/// <summary>
/// The zip of the downloads, unpacked and opened from disk (file://) as a reader who received it
/// on a USB stick would, and served as a mirror at an address of its own: navigation, citations,
/// glossary terms and their previews work; search says plainly that it needs the online site.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class OfflineCopyTests(SiteFixture site) : IDisposable
{
    private const string Open = "#preview:not([hidden])";
    private const string Name = "exported-surveillance";

    private readonly string unzipped = Unzip(site);

    private string Copy => Path.Combine(unzipped, Name);

    private string FileUrl(string page) => new Uri(Path.Combine(Copy, page)).AbsoluteUri;

    private static string Unzip(SiteFixture site)
    {
        var folder = Directory.CreateTempSubdirectory("explainer-offline-").FullName;
        ZipFile.ExtractToDirectory(Path.Combine(site.Site.Output, "download", Name + ".zip"), folder);
        return folder;
    }

    [Fact]
    public async Task From_disk_a_reader_follows_a_topic_a_citation_and_a_glossary_term_and_sees_their_previews()
    {
        var context = await site.Browser.NewContextAsync(ServedSiteFixture.Desktop);
        var requests = Record(context, out var errors);
        var page = await context.NewPageAsync();
        await page.GotoAsync(FileUrl("index.html"));
        // A stylesheet from disk is another origin to the page, so its rules cannot be counted: its custom properties show it applied.
        Assert.NotEqual("", await page.EvaluateAsync<string>("getComputedStyle(document.documentElement).getPropertyValue('--measure').trim()"));

        await page.Locator("main a[href^='topics/'][href$='/index.html']:not([href='topics/index.html'])").First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/topics/[^/]+/index\\.html$"));
        var topic = page.Url;

        var cite = page.Locator(".prose a.cite").First;
        await cite.HoverAsync();
        var preview = page.Locator(Open);
        await Assertions.Expect(preview.Locator("blockquote")).ToBeVisibleAsync();
        await page.Mouse.MoveAsync(1, 1);
        await Assertions.Expect(preview).ToBeHiddenAsync();

        await cite.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("#ref-[0-9]+$"));
        var reference = page.Locator("li.reference:target");
        var paragraph = (await reference.Locator("a.reference__locator").GetAttributeAsync("href"))!;
        Assert.Matches("^\\.\\./\\.\\./sources/[^/]+/index\\.html#p[0-9]+$", paragraph);
        await reference.Locator("a.reference__locator").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/sources/[^/]+/index\\.html#p[0-9]+$"));
        await Assertions.Expect(page.Locator(".para:target .para__text")).ToBeVisibleAsync();

        await page.GotoAsync(topic);
        var term = page.Locator(".prose a.term").First;
        var slug = (await term.GetAttributeAsync("data-term"))!;
        await term.HoverAsync();
        await Assertions.Expect(preview).ToContainTextAsync((await page.Locator($"#term-{slug} dd").TextContentAsync())!.Trim());
        await page.Mouse.MoveAsync(1, 1);
        await term.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/glossary/{slug}/index\\.html$"));
        await Assertions.Expect(page.Locator("h1")).ToBeVisibleAsync();

        Assert.All(requests, url => Assert.StartsWith("file://", url));
        Assert.True(errors.Count == 0, "console errors:\n" + string.Join('\n', errors));
        await context.CloseAsync();
    }

    [Fact]
    public async Task From_disk_the_search_page_says_that_search_needs_the_online_site_and_links_to_it()
    {
        var context = await site.Browser.NewContextAsync(ServedSiteFixture.Desktop);
        var page = await context.NewPageAsync();
        await page.GotoAsync(FileUrl("index.html"));
        await page.GetByRole(AriaRole.Search, new() { Name = "Site" }).GetByRole(AriaRole.Searchbox).FillAsync("surveillance");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/search/index\\.html\\?q=surveillance$"));

        var notice = page.Locator(".search-offline");
        await Assertions.Expect(notice).ToBeVisibleAsync();
        await Assertions.Expect(notice).ToContainTextAsync("Search does not work in this copy");
        Assert.Equal("https://example.org/search/", await notice.GetByRole(AriaRole.Link, new() { Name = "the online site" }).GetAttributeAsync("href"));
        await context.CloseAsync();
    }

    [Fact]
    public async Task Served_as_a_mirror_at_another_address_every_page_works_and_search_says_what_is_missing()
    {
        await using var mirror = await StaticServer.StartAsync(Copy, "/mirror/of/the/series/");
        var context = await site.Browser.NewContextAsync(ServedSiteFixture.Desktop);
        var requests = Record(context, out _);
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(mirror.Address, "/mirror/of/the/series/").ToString());

        await page.Locator("nav.site-nav a", new() { HasText = "Glossary" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/mirror/of/the/series/glossary/index\\.html$"));
        await page.Locator("main a[href$='/index.html']:not([href^='..'])").First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/mirror/of/the/series/glossary/[^/]+/index\\.html$"));

        await page.GotoAsync(new Uri(mirror.Address, "/mirror/of/the/series/search/?q=huawei").ToString());
        await Assertions.Expect(page.Locator(".search-status")).ToHaveTextAsync("Search is not available on this copy of the site.");
        await Assertions.Expect(page.Locator(".search-offline")).ToBeVisibleAsync();
        Assert.All(requests, url => Assert.StartsWith(mirror.Address.GetLeftPart(UriPartial.Authority) + "/mirror/of/the/series/", url));
        await context.CloseAsync();
    }

    // Every request the context makes, and every console error or uncaught exception of its pages.
    private static List<string> Record(IBrowserContext context, out List<string> errors)
    {
        var requests = new List<string>();
        var problems = new List<string>();
        context.Request += (_, request) => { lock (requests) requests.Add(request.Url); };
        context.Page += (_, page) =>
        {
            page.Console += (_, message) => { if (message.Type == "error") lock (problems) problems.Add($"{page.Url}: {message.Text}"); };
            page.PageError += (_, error) => { lock (problems) problems.Add($"{page.Url}: uncaught {error}"); };
        };
        errors = problems;
        return requests;
    }

    public void Dispose()
    {
        try { Directory.Delete(unzipped, recursive: true); } catch (IOException) { }
    }
}

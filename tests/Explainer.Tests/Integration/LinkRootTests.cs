using Explainer.Tests.Support;

namespace Explainer.Tests.Integration;

/// <summary>With LinkRoot (or --base-url) the whole site works under a sub-path.</summary>
public sealed class LinkRootTests
{
    [Fact]
    public void Every_internal_link_and_asset_carries_the_sub_path()
    {
        using var site = TestSite.From(Trees.Small);
        site.BuildOk(o => o with { LinkRoot = "/rights/" });
        foreach (var file in Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories))
        {
            var page = site.Html(Path.GetRelativePath(site.Output, file));
            var links = page.QuerySelectorAll("[href], [src]")
                .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
                .Where(l => l.StartsWith('/'));
            Assert.All(links, l => Assert.StartsWith("/rights/", l));
        }
        var topic = site.Html("topics/at-home/index.html");
        Assert.Equal("/rights/sources/report/#p1", topic.QuerySelector(".reference__locator")!.GetAttribute("href"));
        Assert.Contains("https://example.org/rights/topics/at-home/", site.Read("sitemap.xml"));
    }
}

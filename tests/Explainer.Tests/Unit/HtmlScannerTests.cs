using Explainer.Html;

namespace Explainer.Tests.Unit;

public sealed class HtmlScannerTests
{
    [Fact]
    public void Collects_hrefs_srcs_and_ids_but_not_inside_comments_or_scripts()
    {
        var report = HtmlScanner.Scan("""
            <a href="/a/?x=1&amp;y=2#top" id=first>x</a><img src='/i.png' alt="">
            <!-- <a href="/commented/"> --><script>var s = '<a href="/in-script/">';</script>
            <p ID="Second" data-id="not-an-id">t</p><style>.x{background:url(/css.png)}</style>
            """);
        Assert.Equal(["/a/?x=1&y=2#top", "/i.png"], report.Links);
        Assert.Equal(new HashSet<string> { "first", "Second" }, report.Ids);
    }

    [Fact]
    public void Collects_every_url_attribute_each_image_candidate_and_a_refresh_target()
    {
        var report = HtmlScanner.Scan("""
            <meta http-equiv="refresh" content="0; url=/moved/"><meta name="description" content="0; url=/not-a-link/">
            <form action="/search/"><button formaction="/search/?all=1">s</button></form><blockquote cite="/sources/a/#p2"></blockquote>
            <img src="/a.png" srcset="/a.png 1x, /b,c.png 2x"><video poster="/p.png"></video><svg><a xlink:href="/svg/">x</a></svg>
            """);
        Assert.Equal(["/moved/", "/search/", "/search/?all=1", "/sources/a/#p2", "/a.png", "/a.png", "/b,c.png", "/p.png", "/svg/"], report.Links);
    }
}

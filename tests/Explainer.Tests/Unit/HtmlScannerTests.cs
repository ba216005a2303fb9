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
}

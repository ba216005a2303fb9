using Explainer.Html;
using Explainer.IO;
using Explainer.Settings;

namespace Explainer.Tests.Unit;

/// <summary>How a finished page's links are made relative to it and made to name their files, so the page works under any path and from disk.</summary>
public sealed class RelativeLinksTests
{
    private static readonly string[] Files =
    [
        "index.html", "404.html", "topics/a/index.html", "topics/b/index.html", "glossary/term/index.html",
        "assets/site.css", "feed.xml", "download/site.zip",
    ];

    private static RelativeLinks Links(string linkRoot = "/") => RelativeLinks.Among(Files, new SiteUrls(SiteSettings.Default with { LinkRoot = linkRoot, Host = "example.org" }));

    private static string Rewrite(string destination, string html, string linkRoot = "/") =>
        Links(linkRoot).Rewrite(destination, Utf8Text.From(html)).ToString();

    [Theory]
    [InlineData("topics/a/index.html", "/topics/b/", "../b/index.html")]
    [InlineData("topics/a/index.html", "/glossary/term/#definition", "../../glossary/term/index.html#definition")]
    [InlineData("topics/a/index.html", "/", "../../index.html")]
    [InlineData("topics/a/index.html", "/assets/site.css", "../../assets/site.css")]
    [InlineData("topics/a/index.html", "/search/?q=golden+shield", "../../search/index.html?q=golden+shield")]
    [InlineData("index.html", "/topics/a/", "topics/a/index.html")]
    [InlineData("404.html", "/topics/a/", "topics/a/index.html")]
    [InlineData("topics/a/index.html", "/topics/a", "index.html")]
    [InlineData("topics/a/index.html", "../b/", "../b/index.html")]
    public void A_site_path_becomes_the_path_from_the_page_to_the_file_it_names(string page, string link, string expected) =>
        Assert.Equal($"<a href=\"{expected}\">x</a>", Rewrite(page, $"<a href=\"{link}\">x</a>"));

    [Theory]
    [InlineData("/topics/a/#ref-2", "#ref-2")]
    [InlineData("/topics/a/", "index.html")]
    [InlineData("/topics/a/?q=1", "?q=1")]
    [InlineData("#ref-2", "#ref-2")]
    public void A_link_to_the_page_itself_keeps_only_what_follows_its_path(string link, string expected) =>
        Assert.Equal($"<a href=\"{expected}\">x</a>", Rewrite("topics/a/index.html", $"<a href=\"{link}\">x</a>"));

    [Theory]
    [InlineData("https://example.org/topics/a/")]
    [InlineData("//cdn.example.net/x.js")]
    [InlineData("mailto:editors@example.org")]
    [InlineData("/other/../../etc/passwd")]
    public void External_links_and_paths_that_leave_the_site_stay_as_written(string link)
    {
        var html = $"<a href=\"{link}\">x</a>";
        Assert.Equal(html, Rewrite("topics/a/index.html", html));
    }

    [Fact]
    public void Under_a_link_root_the_root_is_taken_off_and_a_link_outside_it_stays()
    {
        var html = Rewrite("topics/a/index.html", """<a href="/rights/topics/b/">b</a><a href="/elsewhere/">e</a>""", linkRoot: "/rights/");
        Assert.Equal("""<a href="../b/index.html">b</a><a href="/elsewhere/">e</a>""", html);
    }

    [Fact]
    public void Every_url_attribute_is_rewritten_and_scripts_comments_and_other_attributes_are_not()
    {
        var html = Rewrite("topics/a/index.html", """
            <link rel="stylesheet" href="/assets/site.css"><script src="/assets/site.js" defer></script>
            <form action="/search/" data-home="/"><button formaction="/search/">s</button></form>
            <blockquote cite="/topics/b/#p1"><p>q</p></blockquote><img src="/images/a.png" srcset="/images/a.png 1x, /images/b.png 2x" alt="">
            <video poster="/images/a.png"></video><svg><a xlink:href="/topics/b/">b</a></svg>
            <!-- <a href="/topics/b/"> --><script>location.href = "/topics/b/";</script>
            """);
        Assert.Equal("""
            <link rel="stylesheet" href="../../assets/site.css"><script src="../../assets/site.js" defer></script>
            <form action="../../search/index.html" data-home="/"><button formaction="../../search/index.html">s</button></form>
            <blockquote cite="../b/index.html#p1"><p>q</p></blockquote><img src="../../images/a.png" srcset="../../images/a.png 1x, ../../images/b.png 2x" alt="">
            <video poster="../../images/a.png"></video><svg><a xlink:href="../b/index.html">b</a></svg>
            <!-- <a href="/topics/b/"> --><script>location.href = "/topics/b/";</script>
            """, html);
    }

    [Fact]
    public void A_redirect_page_sends_readers_on_by_a_relative_url()
    {
        var html = Rewrite("old/path/index.html", """<meta http-equiv="refresh" content="0; url=/topics/a/"><a href="/topics/a/">moved</a>""");
        Assert.Equal("""<meta http-equiv="refresh" content="0; url=../../topics/a/index.html"><a href="../../topics/a/index.html">moved</a>""", html);
    }

    [Fact]
    public void Character_references_in_a_link_are_read_as_a_browser_reads_them_and_kept_after_the_path()
    {
        var html = Rewrite("index.html", """<a href="/search/?q=a&amp;kind=Topic">s</a>""");
        Assert.Equal("""<a href="search/index.html?q=a&amp;kind=Topic">s</a>""", html);
    }

    [Fact]
    public void A_page_without_site_links_is_returned_as_it_was()
    {
        var page = Utf8Text.From("""<p><a href="#top">top</a> <a href="https://example.org/">out</a></p>""");
        Assert.Same(page, Links().Rewrite("topics/a/index.html", page));
    }

    [Theory]
    [InlineData("topics/a/index.html", "glossary/term/index.html", "../../glossary/term/index.html")]
    [InlineData("topics/a/index.html", "topics/a/index.html", "index.html")]
    [InlineData("404.html", "assets/site.css", "assets/site.css")]
    [InlineData("a/b/c/index.html", "a/x.png", "../../x.png")]
    public void The_path_between_two_files_climbs_to_their_common_folder(string from, string to, string expected) =>
        Assert.Equal(expected, RelativeLinks.Between(from, to));

    [Theory]
    [InlineData("topics/a/index.html", "../b/", "/topics/b/")]
    [InlineData("topics/a/index.html", "../b/index.html", "/topics/b/index.html")]
    [InlineData("topics/a/index.html", "..", "/topics/")]
    [InlineData("topics/a/index.html", ".", "/topics/a/")]
    [InlineData("topics/a/index.html", "./c/../d", "/topics/a/d")]
    [InlineData("topics/a/index.html", "../../../../x.css", "/x.css")]
    [InlineData("404.html", "topics/", "/topics/")]
    public void A_relative_path_resolves_against_the_page_as_a_browser_resolves_it(string page, string relative, string expected)
    {
        Assert.Equal(expected, SitePaths.Resolve(page, relative));
        Assert.Equal(expected, new Uri(new Uri("http://site/" + page), relative).AbsolutePath);
    }
}

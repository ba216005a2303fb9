using System.Xml.Linq;
using Explainer.Diagnostics;
using Explainer.Settings;
using Explainer.Theme;
using Explainer.Theme.Views;
using Explainer.Tests.Support;

namespace Explainer.Tests.Unit;

/// <summary>
/// The theme's template rules, one per test: what is escaped in each context, what passes as
/// HTML, what counts as false, and how the functions behave. Each renders a one-line layout.
/// </summary>
public sealed class ThemeTemplatesTests
{
    private const string Nasty = "<b>\"A&B\"</b> 'x' `y` z=1";
    private const string Escaped = "&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt; &#x27;x&#x27; &#x60;y&#x60; z&#x3D;1";

    private static readonly SiteView Site = new("Site & Co", null, null, "en", null, "example.org", "/rights/", false, false, [], [],
        new Dictionary<string, SectionView>(), [], []);

    private static string Render(string layout, PageView page, params (string Name, string Text)[] partials)
    {
        var tree = string.Concat(partials.Select(p => $"-- theme/partials/{p.Name}.sbn --\n{p.Text}\n")) + $"-- theme/layouts/page.sbn --\n{layout}\n";
        using var site = TestSite.From(tree);
        var diagnostics = new DiagnosticBag();
        var files = Directory.GetFiles(Path.Combine(site.Root, "theme"), "*", SearchOption.AllDirectories);
        var theme = ThemeTemplates.Load(Path.Combine(site.Root, "theme"), files, site.Root, new SiteUrls(SiteSettings.Default with { LinkRoot = "/rights/", Host = "example.org" }), diagnostics);
        var html = theme.Render("page", page, Site, SourcePosition.StartOf("input/page.md"), diagnostics);
        Assert.True(html is not null, string.Join('\n', diagnostics.Sorted()));
        return html.ToString().TrimEnd('\n');
    }

    [Fact]
    public void Text_is_escaped_in_element_content()
    {
        Assert.Equal($"<h1>{Escaped}</h1>", Render("<h1>{{ page.title }}</h1>", new PageView { Title = Nasty }));
    }

    [Fact]
    public void Text_is_escaped_in_attribute_values_whichever_quote_they_use()
    {
        Assert.Equal($"<a title=\"{Escaped}\" data-x='{Escaped}'>", Render("<a title=\"{{ page.title }}\" data-x='{{ page.title }}'>", new PageView { Title = Nasty }));
    }

    [Fact]
    public void A_url_is_put_under_the_link_root_and_escaped_for_its_attribute()
    {
        Assert.Equal("<a href=\"/rights/a?b&#x3D;1&amp;c&#x3D;&quot;2&quot;\">", Render("<a href=\"{{ rel_url page.path }}\">", new PageView { Path = "/a?b=1&c=\"2\"" }));
        Assert.Equal("<link href=\"https://example.org/rights/x/\">", Render("<link href=\"{{ abs_url '/x/' }}\">", new PageView()));
    }

    [Fact]
    public void Html_by_construction_is_written_as_it_is()
    {
        var page = new PageView { Content = RawHtml.From("<p>Body &amp; more</p>") };
        Assert.Equal("<div><p>Body &amp; more</p></div>", Render("<div>{{ page.content }}</div>", page));
    }

    [Fact]
    public void Json_ld_stays_inside_its_script_element()
    {
        var jsonLd = Explainer.Publishing.JsonLd.Series("</script><script>alert(1)</script>", null, "https://example.org/", []);
        var html = Render("<script type=\"application/ld+json\">{{ page.publishing.json_ld }}</script>",
            new PageView { Publishing = new PublishingView(null, "website", RawHtml.From(jsonLd), [], null) });
        Assert.Equal("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"CreativeWorkSeries\",\"name\":\"\\u003C/script\\u003E\\u003Cscript\\u003Ealert(1)\\u003C/script\\u003E\",\"url\":\"https://example.org/\",\"hasPart\":[]}</script>", html);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "</script>"));
    }

    [Fact]
    public void An_included_partial_escapes_once_and_is_not_escaped_again()
    {
        var html = Render("<main>\n  {{~ include 'crumb' ~}}\n</main>", new PageView { Title = "A & B" }, ("crumb", "<p title=\"{{ page.title }}\">{{ page.title }} &amp; more</p>"));
        Assert.Equal("<main>\n<p title=\"A &amp; B\">A &amp; B &amp; more</p>\n</main>", html);
    }

    [Fact]
    public void Feed_text_is_escaped_into_well_formed_xml()
    {
        var feed = new FeedView("https://example.org/", Nasty, null, "2020-01-01T00:00:00Z", "https://example.org/feed.xml", "https://example.org/", null, []);
        var xml = Render("<feed><title>{{ page.feed.title }}</title></feed>", new FeedPageView { Feed = feed });
        Assert.Equal(Nasty, XElement.Parse(xml).Element("title")!.Value);
    }

    [Fact]
    public void Empty_text_and_empty_lists_are_false_and_missing_values_too()
    {
        var layout = "{{ if page.description }}d{{ end }}{{ if page.toc }}t{{ end }}{{ if page.content }}c{{ end }}{{ if page.summary }}s{{ end }}.";
        Assert.Equal(".", Render(layout, new PageView { Description = "" }));
        Assert.Equal("dtcs.", Render(layout, new PageView { Description = "x", Summary = "y", Toc = [new Explainer.Model.TocEntry(2, "a", "A")], Content = RawHtml.From("<p>") }));
    }

    [Fact]
    public void Dates_are_written_long_or_in_iso_form()
    {
        var page = new PageView { Date = new DateOnly(2018, 11, 2) };
        Assert.Equal("2 November 2018 2018-11-02", Render("{{ format_date page.date }} {{ iso_date page.date }}", page));
    }

    [Fact]
    public void Editors_own_keys_are_under_params()
    {
        var page = new PageView { Params = new Dictionary<string, object?> { ["banner"] = "<Spring>" } };
        Assert.Equal("&lt;Spring&gt;", Render("{{ page.params.banner }}", page));
    }
}

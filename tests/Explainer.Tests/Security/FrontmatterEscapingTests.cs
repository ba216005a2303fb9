using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Explainer.Tests.Security;

/// <summary>
/// Frontmatter and settings strings are text wherever they appear: in HTML (elements, attributes,
/// JSON-LD), in the Atom feed and in the sitemap, a payload never becomes markup and always comes
/// back as exactly the text that was written.
/// </summary>
public sealed class FrontmatterEscapingTests(EscapingSite fixture) : IClassFixture<EscapingSite>
{
    private IEnumerable<(string Path, IDocument Page)> Pages() => Directory
        .EnumerateFiles(fixture.Site.Output, "*.html", SearchOption.AllDirectories)
        .Order(StringComparer.Ordinal)
        .Select(path => (Path.GetRelativePath(fixture.Site.Output, path), (IDocument)new HtmlParser().ParseDocument(File.ReadAllText(path))));

    [Fact]
    public void No_page_gets_a_script_an_event_handler_or_an_image_from_frontmatter()
    {
        var pages = Pages().ToList();
        Assert.True(pages.Count > 10, $"{pages.Count} pages");
        foreach (var (path, page) in pages)
        {
            foreach (var script in page.QuerySelectorAll("script"))
            {
                var ownScript = script.GetAttribute("src") is { } src && src.StartsWith("/assets/", StringComparison.Ordinal) && script.TextContent.Length == 0;
                Assert.True(ownScript || script.GetAttribute("type") == "application/ld+json", $"{path}: unexpected {script.OuterHtml}");
            }
            var handlers = page.All.SelectMany(e => e.Attributes.Where(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)).Select(a => $"<{e.LocalName} {a.Name}>")).ToList();
            Assert.True(handlers.Count == 0, $"{path}: event handlers {string.Join(", ", handlers)}");
            Assert.True(page.QuerySelectorAll("img").Length == 0, $"{path}: unexpected image {page.QuerySelector("img")?.OuterHtml}");
        }
    }

    [Fact]
    public void Topic_title_and_description_come_back_as_exactly_their_text()
    {
        var page = fixture.Site.Html("topics/payload/index.html");
        Assert.Equal(EscapingSite.TopicTitle, page.QuerySelector("h1")!.TextContent);
        Assert.Equal(EscapingSite.TopicDescription, page.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.Equal(EscapingSite.TopicTitle, page.QuerySelector("meta[property='og:title']")!.GetAttribute("content"));
        Assert.Equal($"{EscapingSite.TopicTitle} · {EscapingSite.Payload(1)}", page.Title);
        Assert.Contains(fixture.Site.Html("topics/index.html").QuerySelectorAll("a"), a => a.TextContent.Contains(EscapingSite.TopicTitle, StringComparison.Ordinal));
    }

    [Fact]
    public void Term_name_short_and_alias_come_back_as_exactly_their_text()
    {
        var page = fixture.Site.Html("glossary/payload-term/index.html");
        Assert.Equal(EscapingSite.Term, page.QuerySelector("h1")!.TextContent);
        Assert.Equal(EscapingSite.Short, page.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.Contains(EscapingSite.Alias, page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains(fixture.Site.Html("topics/payload/index.html").QuerySelectorAll(".prose a.term"), a => a.TextContent == EscapingSite.Term);
    }

    [Fact]
    public void Source_metadata_and_discrepancy_text_come_back_as_exactly_their_text()
    {
        var source = fixture.Site.Html("sources/payload-source/index.html").Body!.TextContent;
        foreach (var text in new[] { EscapingSite.SourceTitle, EscapingSite.Container, EscapingSite.Author, EscapingSite.Family })
            Assert.Contains(text, source, StringComparison.Ordinal);
        var note = fixture.Site.Html("topics/payload/index.html").QuerySelector("aside.discrepancy")!;
        Assert.Contains(EscapingSite.Fact, note.TextContent, StringComparison.Ordinal);
        Assert.Contains(EscapingSite.Says, note.TextContent, StringComparison.Ordinal);
        Assert.Contains(EscapingSite.Fact, fixture.Site.Html("discrepancies/index.html").Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_ld_parses_on_every_page_and_round_trips_the_text()
    {
        var strings = new List<string>();
        foreach (var (path, page) in Pages())
        {
            foreach (var script in page.QuerySelectorAll("script[type='application/ld+json']"))
            {
                using var json = ParseJson(script.TextContent, path);
                Collect(json.RootElement, strings);
            }
        }
        foreach (var text in new[] { EscapingSite.TopicTitle, EscapingSite.TopicDescription, EscapingSite.Term, EscapingSite.Short, EscapingSite.Alias, EscapingSite.SourceTitle, EscapingSite.Container })
            Assert.Contains(text, strings);
    }

    [Fact]
    public void The_feed_and_the_sitemap_parse_as_xml_and_round_trip_the_text()
    {
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feed = XDocument.Parse(fixture.Site.Read("feed.xml"));
        Assert.Equal(EscapingSite.Payload(1), feed.Root!.Element(atom + "title")!.Value);
        var entry = feed.Root.Elements(atom + "entry").Single(e => e.Element(atom + "link")!.Attribute("href")!.Value.EndsWith("/topics/payload/", StringComparison.Ordinal));
        Assert.Equal(EscapingSite.TopicTitle, entry.Element(atom + "title")!.Value);
        Assert.Equal(EscapingSite.TopicDescription, entry.Element(atom + "summary")!.Value);
        Assert.DoesNotContain(feed.Descendants(), e => e.Name.LocalName is "script" or "img");

        var sitemap = XDocument.Parse(fixture.Site.Read("sitemap.xml"));
        Assert.Contains(sitemap.Descendants().Where(e => e.Name.LocalName == "loc"), loc => loc.Value == "https://example.org/topics/payload/");
    }

    [Fact]
    public void The_bibliography_parses_and_round_trips_the_source_title()
    {
        using var json = ParseJson(fixture.Site.Read("bibliography.json"), "bibliography.json");
        var strings = new List<string>();
        Collect(json.RootElement, strings);
        Assert.Contains(EscapingSite.SourceTitle, strings);
    }

    private static JsonDocument ParseJson(string text, string where)
    {
        try
        {
            return JsonDocument.Parse(text);
        }
        catch (JsonException e)
        {
            Assert.Fail($"{where}: invalid JSON ({e.Message}):\n{text}");
            throw;
        }
    }

    private static void Collect(JsonElement element, List<string> strings)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                strings.Add(element.GetString()!);
                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject()) Collect(property.Value, strings);
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray()) Collect(item, strings);
                break;
        }
    }
}

using System.IO.Compression;
using System.Xml.Linq;
using Explainer.Tests.Support;

namespace Explainer.Tests.Downloads;

/// <summary>The real site's e-book: a valid EPUB 3 with the series in order, the glossary and the sources, every citation leading to its paragraph.</summary>
public sealed class EbookTests(DownloadsBuild build) : IClassFixture<DownloadsBuild>
{
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";
    private static readonly XNamespace Opf = "http://www.idpf.org/2007/opf";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Epub = "http://www.idpf.org/2007/ops";

    private Dictionary<string, XDocument> Files()
    {
        using var book = ZipFile.OpenRead(build.Book);
        return book.Entries.Where(e => e.FullName.EndsWith(".xhtml", StringComparison.Ordinal) || e.FullName.EndsWith(".opf", StringComparison.Ordinal))
            .ToDictionary(e => e.FullName, e =>
            {
                using var stream = e.Open();
                return XDocument.Load(stream);
            });
    }

    [Fact]
    public void Epubcheck_accepts_the_book_without_errors_or_warnings()
    {
        var (exitCode, problems, summary) = Epubcheck.Run(build.Book);
        Assert.True(exitCode == 0 && problems.Count == 0, summary + "\n" + string.Join('\n', problems));
    }

    [Fact]
    public void The_mimetype_comes_first_and_uncompressed_and_the_container_names_the_package()
    {
        using var book = ZipFile.OpenRead(build.Book);
        var first = book.Entries[0];
        Assert.Equal("mimetype", first.FullName);
        Assert.Equal(first.Length, first.CompressedLength);
        using (var reader = new StreamReader(first.Open())) Assert.Equal("application/epub+zip", reader.ReadToEnd());
        using var container = book.GetEntry("META-INF/container.xml")!.Open();
        Assert.Equal("EPUB/package.opf", XDocument.Load(container).Descendants().Single(e => e.Name.LocalName == "rootfile").Attribute("full-path")?.Value);
    }

    [Fact]
    public void The_package_states_title_author_date_language_and_a_stable_identifier()
    {
        var metadata = Files()["EPUB/package.opf"].Root!.Element(Opf + "metadata")!;
        Assert.Equal("Exported Surveillance", metadata.Element(Dc + "title")?.Value);
        Assert.Equal("The Exported Surveillance editors", metadata.Element(Dc + "creator")?.Value);
        Assert.Equal("2026-11-21", metadata.Element(Dc + "date")?.Value);
        Assert.Equal("en", metadata.Element(Dc + "language")?.Value);
        Assert.Matches("^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", metadata.Element(Dc + "identifier")?.Value);
        Assert.Equal("2026-11-21T00:00:00Z", metadata.Elements(Opf + "meta").Single(m => m.Attribute("property")?.Value == "dcterms:modified").Value);
    }

    [Fact]
    public void The_reading_order_is_the_title_the_contents_the_series_in_order_the_glossary_and_the_sources()
    {
        var spine = Files()["EPUB/package.opf"].Root!.Element(Opf + "spine")!.Elements().Select(e => e.Attribute("idref")!.Value).ToList();
        var series = build.Site.Html("topics/index.html").QuerySelectorAll("main ol a[href^='/topics/']")
            .Select(a => "topic-" + a.GetAttribute("href")!.Split('/')[2]).ToList();
        Assert.Equal(10, series.Count);
        var sources = Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "input", "sources")).Select(f => "source-" + Path.GetFileNameWithoutExtension(f)).Order();
        Assert.Equal(["title", "nav", .. series, "glossary"], spine.Take(series.Count + 3));
        Assert.Equal(sources, spine.Skip(series.Count + 3).Order());
    }

    [Fact]
    public void The_contents_list_every_topic_the_glossary_and_every_source()
    {
        var toc = Files()["EPUB/nav.xhtml"].Descendants(Xhtml + "nav").Single(n => n.Attribute(Epub + "type")?.Value == "toc");
        var targets = toc.Descendants(Xhtml + "a").Select(a => a.Attribute("href")!.Value).ToList();
        Assert.Equal(1 + 10 + 1 + 5, targets.Count);
        Assert.Contains("glossary.xhtml", targets);
        Assert.Contains("topic-africa.xhtml", targets);
    }

    [Fact]
    public void Every_link_inside_the_book_leads_to_a_file_and_an_id_it_holds()
    {
        var files = Files();
        var ids = files.ToDictionary(f => Path.GetFileName(f.Key), f => f.Value.Descendants().Select(e => e.Attribute("id")?.Value).OfType<string>().ToHashSet());
        var followed = 0;
        foreach (var (name, document) in files.Where(f => f.Key.EndsWith(".xhtml", StringComparison.Ordinal)))
        {
            foreach (var href in document.Descendants(Xhtml + "a").Select(a => a.Attribute("href")?.Value).OfType<string>().Where(h => !h.StartsWith("https:", StringComparison.Ordinal)))
            {
                var parts = href.Split('#', 2);
                var file = parts[0].Length == 0 ? Path.GetFileName(name) : parts[0];
                Assert.True(ids.ContainsKey(file), $"{name}: {href} leads to no file of the book");
                if (parts.Length == 2) Assert.True(ids[file].Contains(parts[1]), $"{name}: {href} leads to no element with that id");
                followed++;
            }
        }
        Assert.True(followed > 2000, $"only {followed} links followed");
    }

    [Fact]
    public void A_citation_leads_to_its_reference_and_the_reference_to_the_cited_paragraph_of_the_source()
    {
        var files = Files();
        var chapter = files["EPUB/topic-africa.xhtml"];
        var marker = chapter.Descendants(Xhtml + "a").First(a => a.Attribute(Epub + "type")?.Value == "noteref");
        var reference = chapter.Descendants(Xhtml + "li").Single(li => "#" + li.Attribute("id")?.Value == marker.Attribute("href")!.Value);
        var paragraphLink = reference.Descendants(Xhtml + "a").Single(a => a.Value.StartsWith('¶')).Attribute("href")!.Value;
        Assert.Matches("^source-[a-z0-9-]+\\.xhtml#p[0-9]+$", paragraphLink);

        var (file, anchor) = (paragraphLink.Split('#')[0], paragraphLink.Split('#')[1]);
        var paragraph = files["EPUB/" + file].Descendants(Xhtml + "p").Single(p => p.Attribute("id")?.Value == anchor);
        var quoted = reference.Descendants(Xhtml + "blockquote").Single().Value;
        Assert.Contains(quoted[..60], paragraph.Value);
        var site = build.Site.Html($"sources/{file["source-".Length..^".xhtml".Length]}/index.html").GetElementById(anchor)!.QuerySelector(".para__text")!.TextContent;
        Assert.Equal(site.Trim(), paragraph.Value[(paragraph.Value.IndexOf(' ') + 1)..].Trim());
    }

    [Fact]
    public void Glossary_terms_link_to_their_section_of_the_glossary_and_pages_the_book_lacks_to_the_online_site()
    {
        var chapter = Files()["EPUB/topic-africa.xhtml"];
        var links = chapter.Descendants(Xhtml + "a").Select(a => a.Attribute("href")?.Value).OfType<string>().ToList();
        Assert.Contains("glossary.xhtml#term-huawei", links);
        Assert.Contains("https://example.org/countries/uganda/", links);
        Assert.DoesNotContain(links, l => l.StartsWith('/'));
    }
}

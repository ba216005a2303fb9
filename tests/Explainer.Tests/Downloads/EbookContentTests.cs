using System.IO.Compression;
using Explainer.Tests.Support;

namespace Explainer.Tests.Downloads;

/// <summary>The e-book holds whatever the site's Markdown and raw HTML can hold, and epubcheck still accepts it.</summary>
public sealed class EbookContentTests
{
    // A one-pixel PNG: an image among the site's files.
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    private const string Tree = """
        -- input/topics/edges.md --
        ---
        title: "Edges & <corners>"
        description: "Tables, images, details and quotations."
        order: 3
        tags: [cameras]
        ---
        ## 2018 and after

        | Year | Event |
        |---|---|
        | 1994 | The project began [@report, ¶1]. |

        ![A dot on the map](/images/dot.png) and ![a picture elsewhere](/images/elsewhere.webp)

        <details><summary>More</summary><p>Cameras now watch most streets, the <abbr title="closed-circuit television">CCTV</abbr> of the report [@report, ¶2].</p></details>

        A line<br>broken, <q cite="https://example.com/">a quotation from elsewhere</q>, the [tag](/tags/cameras/), [the glossary](/glossary/), [mail](mailto:editors@example.org) and [the streets](/topics/at-home/#streets) [@report, ¶3].
        """;

    [Fact]
    public void Epubcheck_accepts_a_book_of_tables_images_details_and_links_of_every_kind()
    {
        using var site = TestSite.From(Trees.Small + "\n" + Tree + "\n-- statiq.json --\n" + """{ "Title": "Edge cases", "Host": "example.org", "SearchIndex": false }""");
        Directory.CreateDirectory(Path.Combine(site.Root, "input", "images"));
        File.WriteAllBytes(Path.Combine(site.Root, "input", "images", "dot.png"), Png);
        File.WriteAllBytes(Path.Combine(site.Root, "input", "images", "elsewhere.webp"), [0x52, 0x49, 0x46, 0x46]);
        site.BuildOk();
        var book = Path.Combine(site.Output, "download", "edge-cases.epub");

        var (exitCode, problems, summary) = Epubcheck.Run(book);
        Assert.True(exitCode == 0 && problems.Count == 0, summary + "\n" + string.Join('\n', problems));

        using var zip = ZipFile.OpenRead(book);
        Assert.Equal(Png, Read(zip, "EPUB/media/images/dot.png"));
        var chapter = System.Text.Encoding.UTF8.GetString(Read(zip, "EPUB/topic-edges.xhtml"));
        Assert.Contains("<title>Edges &amp; &lt;corners&gt;</title>", chapter);
        Assert.Contains("<img src=\"media/images/dot.png\" alt=\"A dot on the map\" />", chapter);
        Assert.Contains("a picture elsewhere", chapter);
        Assert.DoesNotContain("elsewhere.webp", chapter); // not a type every reader must show: its words stand in
        Assert.Contains("<a href=\"topic-at-home.xhtml#streets\">the streets</a>", chapter);
        Assert.Contains("<a href=\"https://example.org/tags/cameras/\">tag</a>", chapter);
        Assert.Contains("<a href=\"glossary.xhtml\">the glossary</a>", chapter);
    }

    private static byte[] Read(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }
}

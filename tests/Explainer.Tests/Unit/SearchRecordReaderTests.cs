using System.Text;
using Explainer.IO;
using Explainer.Search;

namespace Explainer.Tests.Unit;

/// <summary>The search record read from a rendered page follows Pagefind's own reading of the same HTML.</summary>
public sealed class SearchRecordReaderTests
{
    private static PagefindRecord? Read(string html) => SearchRecordReader.Read("/topics/a/", Encoding.UTF8.GetBytes(html));

    private static readonly string Weight10 = PagefindWeight.Start("10").Trim();
    private static readonly string H2 = PagefindWeight.StartAuto("6").Trim();
    private static readonly string End = PagefindWeight.End.Trim();

    [Fact]
    public void A_page_without_a_body_marker_is_not_indexed()
    {
        Assert.Null(Read("<html><body><main><h1>Home</h1><p>Welcome.</p></main></body></html>"));
    }

    [Fact]
    public void Only_the_marked_body_is_read_and_the_chrome_around_it_is_not()
    {
        var record = Read("""
            <html><head><title>Site title</title></head><body><nav><a href="/">Menu words</a></nav>
            <main><article data-pagefind-body data-pagefind-filter="kind:Topic"><p>Cameras were sold abroad</p></article></main>
            <footer>Footer words</footer></body></html>
            """)!;

        Assert.Equal("Cameras were sold abroad.", record.Content);
        Assert.Equal("/topics/a/", record.Url);
        Assert.Equal("en", record.Language);
    }

    [Fact]
    public void Ignored_elements_and_those_pagefind_always_leaves_out_are_not_indexed()
    {
        var record = Read("""
            <article data-pagefind-body><p>Kept words</p>
            <section data-pagefind-ignore><p>Reference list</p></section>
            <nav>Contents</nav><form><label>Search</label></form><footer>Next part</footer>
            <script>var hidden = "<p>not text</p>";</script><style>p { color: red }</style>
            <svg viewBox="0 0 1 1"><text>Map label</text><path d="M0 0"/></svg>
            <p>More <sup class="citation" data-pagefind-ignore>[<a href="#ref-1"><span>reference </span>1</a>]</sup> words</p></article>
            """)!;

        Assert.Equal("Kept words. More words.", record.Content);
    }

    [Fact]
    public void Headings_and_marked_elements_are_weighted_and_blocks_end_as_sentences()
    {
        var record = Read("""<article data-pagefind-body><h1 data-pagefind-weight="10">Safe cities</h1><p>Intro?</p><h2>Who pays</h2><ul><li>Loans</li><li>Grants</li></ul></article>""")!;

        Assert.Equal($"{Weight10} Safe cities. {End} Intro? {H2} Who pays. {End} Loans. Grants.", record.Content);
    }

    [Fact]
    public void The_title_is_the_first_h1_unless_a_meta_names_it()
    {
        var fromHeading = Read("""<article data-pagefind-body><h1>First <em>heading</em></h1><h1>Second</h1></article>""")!;
        var fromMeta = Read("""<article data-pagefind-body><p class="eyebrow" data-pagefind-ignore>Glossary</p><h1>Heading</h1><span data-pagefind-meta="title" data-pagefind-ignore>Named &amp; titled</span></article>""")!;
        var inline = Read("""<article data-pagefind-body data-pagefind-meta="image[data-src], title:Given title, with a comma" data-src="/a.png"><h1>Heading</h1></article>""")!;

        Assert.Equal("First heading", fromHeading.Meta["title"]);
        Assert.Equal("Named & titled", fromMeta.Meta["title"]);
        Assert.Equal("Given title, with a comma", inline.Meta["title"]);
        Assert.Equal("/a.png", inline.Meta["image"]);
    }

    [Fact]
    public void Filters_take_a_written_value_or_the_element_text_and_several_keys_share_one_attribute()
    {
        var record = Read("""
            <article data-pagefind-body data-pagefind-filter="kind:Topic">
            <p>Tags: <span data-pagefind-filter="tag">Safe city</span>, <span data-pagefind-filter="tag">Loans</span></p>
            <p data-pagefind-ignore data-pagefind-filter="region, place:Africa">Kenya</p>
            <p data-pagefind-ignore="all" data-pagefind-filter="kind:Hidden">Never</p></article>
            """)!;

        Assert.Equal(["Topic"], record.Filters["kind"]);
        Assert.Equal(["Safe city", "Loans"], record.Filters["tag"]);
        Assert.Equal(["Kenya"], record.Filters["region"]);
        Assert.Equal(["Africa"], record.Filters["place"]);
        Assert.Equal("Tags: Safe city, Loans.", record.Content);
    }

    [Fact]
    public void Entities_line_breaks_and_non_ascii_text_are_read_as_a_reader_sees_them()
    {
        var record = Read("<article data-pagefind-body><p>Türkiye&#39;s &quot;law&quot; &amp; Côte d’Ivoire<br>next line</p></article>")!;

        Assert.Equal("Türkiye's \"law\" & Côte d’Ivoire next line.", record.Content);
    }

    [Fact]
    public void Unclosed_and_stray_tags_do_not_lose_the_text_after_them()
    {
        var record = Read("<article data-pagefind-body><p>One<p>Two</span> three</article><p>Outside</p>")!;

        Assert.Equal("One Two three.", record.Content);
    }
}

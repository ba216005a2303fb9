using System.IO.Compression;
using System.Text;
using Explainer.Diagnostics;
using Explainer.Pipeline;
using Explainer.Tests.Support;

namespace Explainer.Tests.Downloads;

/// <summary>When the downloads are made and from what: the same bytes every time, published pages only, only by a full build.</summary>
public sealed class DownloadRulesTests
{
    private const string Settings = """{ "Title": "Rights & Wrongs <2>", "Host": "example.org", "SearchIndex": false, "Author": "The editors" }""";
    private const string Zip = "download/rights-wrongs-2.zip";
    private const string Book = "download/rights-wrongs-2.epub";

    private static TestSite Site(string extra = "") => TestSite.From(Trees.Small + "\n-- statiq.json --\n" + Settings + "\n" + extra);

    // Every entry's text, so a test can look for words anywhere in a download.
    private static string Text(string file)
    {
        using var zip = ZipFile.OpenRead(file);
        var text = new StringBuilder();
        foreach (var entry in zip.Entries)
        {
            using var stream = entry.Open();
            var bytes = new MemoryStream();
            stream.CopyTo(bytes);
            text.Append(entry.FullName).Append('\n');
            if (entry.FullName.EndsWith(".epub", StringComparison.Ordinal))
            {
                bytes.Position = 0;
                using var inner = new ZipArchive(bytes);
                foreach (var part in inner.Entries)
                {
                    using var reader = new StreamReader(part.Open());
                    text.Append(reader.ReadToEnd());
                }
            }
            else text.Append(Encoding.UTF8.GetString(bytes.ToArray()));
        }
        return text.ToString();
    }

    [Fact]
    public void Two_builds_of_the_same_site_write_byte_identical_downloads()
    {
        using var site = Site();
        site.BuildOk();
        var first = (File.ReadAllBytes(Path.Combine(site.Output, Zip)), File.ReadAllBytes(Path.Combine(site.Output, Book)));
        var again = Path.Combine(site.Root, "again");
        var result = SiteBuilder.Build(BuildOptions.ForRoot(site.Root, again) with { Parallelism = 2 });
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));

        Assert.Equal(first.Item1, File.ReadAllBytes(Path.Combine(again, Zip)));
        Assert.Equal(first.Item2, File.ReadAllBytes(Path.Combine(again, Book)));
        Assert.Equal(site.Read("download/index.html"), File.ReadAllText(Path.Combine(again, "download/index.html")));
    }

    [Fact]
    public void A_draft_never_reaches_the_downloads_and_a_build_with_drafts_makes_none()
    {
        const string draft = """
            -- input/topics/secret.md --
            ---
            title: Secret plans
            description: Not ready.
            order: 3
            draft: true
            ---
            Cameras now watch the unfinished draft [@report, ¶2].
            -- input/glossary/unfinished-term.md --
            ---
            term: unfinished term
            short: A term still in draft.
            draft: true
            ---
            Cameras watch the unfinished term [@report, ¶2].
            """;
        using var site = Site(draft);
        site.BuildOk();
        var everything = Text(Path.Combine(site.Output, Zip)) + Text(Path.Combine(site.Output, Book));
        Assert.Contains("At home", everything);
        Assert.DoesNotContain("Secret plans", everything);
        Assert.DoesNotContain("unfinished", everything);

        site.BuildOk(options => options with { Drafts = true });
        Assert.Contains("Secret plans", site.Read("topics/index.html"));
        Assert.False(site.Exists(Zip) || site.Exists(Book));
        Assert.Contains("This build made no downloads", site.Read("download/index.html"));
    }

    [Fact]
    public void A_preview_and_a_check_make_no_downloads_and_link_to_none()
    {
        using var site = Site();
        var preview = SiteBuilder.Build(BuildOptions.ForRoot(site.Root) with { Parallelism = 2 }, new BuildCache());
        Assert.True(preview.Succeeded, string.Join('\n', preview.Diagnostics));
        Assert.False(site.Exists(Zip) || site.Exists(Book));
        Assert.Contains("This build made no downloads", site.Read("download/index.html"));
        Assert.Null(site.Html("download/index.html").QuerySelector("a[download]"));

        var check = site.Build(options => options with { WriteOutput = false, Output = Path.Combine(site.Root, "checked") });
        Assert.True(check.Succeeded, string.Join('\n', check.Diagnostics));
        Assert.False(Directory.Exists(Path.Combine(site.Root, "checked")));
    }

    [Fact]
    public void With_downloads_off_there_is_no_page_no_footer_link_and_a_link_to_it_names_the_setting()
    {
        using var site = TestSite.From(Trees.Small);
        site.BuildOk();
        Assert.False(site.Exists("download/index.html"));
        Assert.Null(site.Html("index.html").QuerySelector("a[href='/download/']"));

        site.Write("input/topics/abroad.md", site.ReadInput("input/topics/abroad.md") + "\nTake [a copy](/download/).\n");
        var result = site.Build();
        var error = Assert.Single(result.Diagnostics, d => d.Code == ErrorCodes.BrokenLink);
        Assert.Equal("input/topics/abroad.md:9:15: EXP501 broken link '/download/': the downloads are off (\"Downloads\": false in statiq.json)", error.ToString());
    }

    [Fact]
    public void A_page_that_links_to_the_zip_itself_breaks_the_copy_inside_the_zip_and_fails_the_build()
    {
        using var site = Site();
        site.Write("input/topics/abroad.md", site.ReadInput("input/topics/abroad.md") + $"\nTake [the zip](/{Zip}) or [the book](/{Book}).\n");

        var result = site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.Code == ErrorCodes.BrokenLink);
        Assert.Equal($"input/topics/abroad.md:9:16: EXP501 broken link '../../{Zip}': the site has no page or file at '/{Zip}' (did you mean '/{Book}'?)", error.ToString());
        Assert.False(result.Published);
    }

    [Fact]
    public void The_readme_is_plain_text_with_the_title_as_written_and_the_page_escapes_it()
    {
        using var site = Site();
        site.BuildOk();
        using var zip = ZipFile.OpenRead(Path.Combine(site.Output, Zip));
        using var reader = new StreamReader(zip.Entries[0].Open());
        Assert.StartsWith("Rights & Wrongs <2>: a copy of the whole site", reader.ReadToEnd());
        Assert.Contains("Rights &amp; Wrongs &lt;2&gt;", site.Read("download/index.html"));
        Assert.Equal("rights-wrongs-2/README.txt", zip.Entries[0].FullName);
    }

    [Fact]
    public void A_relative_build_zips_the_same_relative_pages_and_its_download_page_links_relatively()
    {
        using var site = Site();
        site.BuildOk(options => options with { RelativeLinks = true });
        Assert.Contains("href=\"rights-wrongs-2.zip\"", site.Read("download/index.html"));
        var unzipped = Path.Combine(site.Root, "unzipped");
        ZipFile.ExtractToDirectory(Path.Combine(site.Output, Zip), unzipped);
        Assert.Equal(site.Read("topics/at-home/index.html"), File.ReadAllText(Path.Combine(unzipped, "rights-wrongs-2", "topics/at-home/index.html")));
        Assert.Empty(DiskLinks.Check(Path.Combine(unzipped, "rights-wrongs-2")).Problems);
    }
}

using System.IO.Compression;
using System.Security.Cryptography;
using Explainer.Tests.Support;

namespace Explainer.Tests.Downloads;

/// <summary>The real site's download page and the zip of the whole site: complete, checkable, and working from disk.</summary>
public sealed class SiteArchiveTests(DownloadsBuild build) : IClassFixture<DownloadsBuild>
{
    private static string Sha256(string file) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file)));

    [Fact]
    public void The_download_page_links_to_both_files_with_their_sizes_and_sha256()
    {
        var page = build.Site.Html("download/index.html");
        foreach (var (file, format) in new[] { (build.Zip, "zip"), (build.Book, "epub") })
        {
            var section = page.QuerySelector($"section[aria-labelledby='download-{format}']");
            Assert.NotNull(section);
            Assert.Equal($"/download/{Path.GetFileName(file)}", section.QuerySelector("a[download]")?.GetAttribute("href"));
            Assert.Equal(Sha256(file), section.QuerySelector("code.checksum")?.TextContent);
            Assert.Contains($"{new FileInfo(file).Length} bytes", section.TextContent);
        }
    }

    [Fact]
    public void Every_page_links_to_the_download_page_from_its_footer_and_the_about_page_from_its_text()
    {
        foreach (var page in new[] { "index.html", "topics/africa/index.html", "404.html", "glossary/huawei/index.html" })
            Assert.NotNull(build.Site.Html(page).QuerySelector("footer a[href='/download/']"));
        Assert.NotNull(build.Site.Html("about/index.html").QuerySelector(".prose a[href='/download/']"));
    }

    [Fact]
    public void The_zip_holds_every_file_of_the_site_in_one_folder_with_the_readme_first_but_not_itself_or_the_search_index()
    {
        using var zip = ZipFile.OpenRead(build.Zip);
        var entries = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Equal($"{DownloadsBuild.Name}/README.txt", entries[0]);
        Assert.All(entries, e => Assert.StartsWith(DownloadsBuild.Name + "/", e));
        var site = Directory.EnumerateFiles(build.Site.Output, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(build.Site.Output, f).Replace('\\', '/'))
            .Where(f => f != ".explainer-output" && f != $"download/{DownloadsBuild.Name}.zip" && !f.StartsWith("pagefind/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        Assert.Equal(site, entries.Skip(1).Select(e => e[(DownloadsBuild.Name.Length + 1)..]));
        Assert.Equal(File.ReadAllBytes(build.Book), File.ReadAllBytes(Path.Combine(build.Copy, "download", DownloadsBuild.Name + ".epub")));
    }

    [Fact]
    public void Unzipped_every_link_of_every_page_is_relative_and_opens_its_file_and_anchor_from_disk()
    {
        var (problems, followed) = DiskLinks.Check(build.Copy);

        Assert.True(problems.Count == 0, $"{problems.Count} links would not work from disk:\n" + string.Join('\n', problems.Take(30)));
        Assert.True(followed > 5000, $"only {followed} links followed");
    }

    [Fact]
    public void The_copy_of_the_download_page_in_the_zip_gives_the_books_checksum_and_says_where_to_compare_the_zips()
    {
        var page = build.CopyHtml("download/index.html");
        Assert.Null(page.QuerySelector("a[href$='.zip']"));
        var zip = page.QuerySelector("section[aria-labelledby='download-zip']")!;
        Assert.Contains("A file cannot show its own checksum", zip.TextContent);
        Assert.Equal("https://example.org/download/", zip.QuerySelector("a")?.GetAttribute("href"));
        var book = page.QuerySelector("section[aria-labelledby='download-epub']")!;
        Assert.Equal(Sha256(build.Book), book.QuerySelector("code.checksum")?.TextContent);
        Assert.Equal(DownloadsBuild.Name + ".epub", book.QuerySelector("a[download]")?.GetAttribute("href"));
    }

    [Fact]
    public void The_copys_search_page_says_plainly_that_search_needs_the_online_site_and_links_to_it()
    {
        var notice = build.CopyHtml("search/index.html").QuerySelector(".search-offline");
        Assert.NotNull(notice);
        Assert.Contains("Search does not work in this copy", notice.TextContent);
        Assert.Equal("https://example.org/search/", notice.QuerySelector("a")?.GetAttribute("href"));
        Assert.False(Directory.Exists(Path.Combine(build.Copy, "pagefind")));
    }

    [Fact]
    public void The_readme_says_how_to_open_mirror_and_check_the_copy()
    {
        var readme = File.ReadAllText(Path.Combine(build.Copy, "README.txt"));
        Assert.StartsWith("Exported Surveillance: a copy of the whole site\n", readme);
        Assert.Contains("as published on 21 November 2026", readme);
        Assert.Contains("open index.html", readme);
        Assert.Contains($"download/{DownloadsBuild.Name}.epub", readme);
        Assert.Contains("(https://example.org/download/)", readme);
        Assert.Contains($"sha256sum {DownloadsBuild.Name}.zip", readme);
        Assert.DoesNotContain("&#x", readme);
    }

    [Fact]
    public void Every_entry_carries_the_editions_date_and_the_permissions_of_an_ordinary_file()
    {
        using var zip = ZipFile.OpenRead(build.Zip);
        Assert.All(zip.Entries, e =>
        {
            Assert.Equal(new DateTime(2026, 11, 21), e.LastWriteTime.DateTime);
            Assert.Equal(0x81A4u, (uint)e.ExternalAttributes >> 16);
        });
    }
}

using System.Text.Json;
using Explainer.Diagnostics;
using Explainer.IO;
using Explainer.Tests.Support;

namespace Explainer.Tests.Integration;

/// <summary>One build of the real site with its search index, made while the pages were rendered.</summary>
public sealed class IndexedRealSite : IDisposable
{
    public IndexedRealSite()
    {
        Site = RealSite.Copy(searchIndex: true);
        Site.BuildOk();
    }

    public TestSite Site { get; }

    public string Bundle => Path.Combine(Site.Output, "pagefind");

    public void Dispose() => Site.Dispose();
}

/// <summary>
/// The index the build feeds Pagefind page by page holds what Pagefind's own command gives for the
/// same pages (titles, filters, words), and Pagefind's search finds pages in it.
/// </summary>
public sealed class SearchIndexTests(IndexedRealSite real) : IClassFixture<IndexedRealSite>
{
    [Fact]
    public void Every_page_pagefind_would_index_from_the_written_site_is_indexed_with_the_same_title_filters_and_words()
    {
        var copy = Directory.CreateTempSubdirectory("search-cli-").FullName;
        try
        {
            TestSite.CopyFolder(real.Site.Output, copy);
            Directory.Delete(Path.Combine(copy, "pagefind"), recursive: true);
            RunPagefind(copy);

            var built = Fragments(real.Bundle);
            var fromCli = Fragments(Path.Combine(copy, "pagefind"));

            Assert.True(built.Count > 90, $"only {built.Count} pages indexed");
            Assert.Equal(fromCli.Keys.Order(), built.Keys.Order());
            Assert.All(built, page =>
            {
                var cli = fromCli[page.Key];
                Assert.Equal(cli.GetProperty("meta").GetProperty("title").GetString(), page.Value.GetProperty("meta").GetProperty("title").GetString());
                Assert.Equal(cli.GetProperty("filters").GetRawText(), page.Value.GetProperty("filters").GetRawText());
                Assert.Equal(cli.GetProperty("word_count").GetInt32(), page.Value.GetProperty("word_count").GetInt32());
            });
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    [Fact]
    public void Citation_markers_are_not_indexed()
    {
        var content = Fragments(real.Bundle)["/topics/how-the-model-spreads/"].GetProperty("content").GetString()!;

        Assert.Contains("Reuters reports that the 65 countries Freedom House tracks represent 87 percent of the world's internet users", content);
        Assert.DoesNotContain("reference", content);
    }

    [Fact]
    public void Pagefinds_search_finds_a_glossary_term_by_its_name_with_its_title_and_kind()
    {
        using var found = JsonDocument.Parse(PagefindBundle.Search(real.Bundle, "Hikvision", "Term"));

        var first = found.RootElement[0];
        Assert.EndsWith("/glossary/hikvision/", first.GetProperty("url").GetString());
        Assert.Equal("Hikvision", first.GetProperty("meta").GetProperty("title").GetString());
        Assert.Equal("Term", first.GetProperty("filters").GetProperty("kind")[0].GetString());
        Assert.Contains("<mark>Hikvision</mark>", first.GetProperty("excerpt").GetString());
    }

    [Fact]
    public void A_pagefind_that_cannot_start_fails_the_build_at_the_settings_and_keeps_the_last_site()
    {
        using var site = RealSite.Copy(searchIndex: false);
        site.BuildOk();
        var before = File.ReadAllText(Path.Combine(site.Output, "index.html"));
        site.Write("statiq.json", File.ReadAllText(Path.Combine(site.Root, "statiq.json")).Replace("\"SearchIndex\":false", "\"SearchIndex\":true"));
        // An empty node_modules/.bin/pagefind that cannot run stands in for a broken install.
        site.Write("node_modules/.bin/pagefind", "");

        var result = site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.Code == ErrorCodes.SearchIndex);
        Assert.Equal("statiq.json", error.Path);
        Assert.Contains("\"SearchIndex\": false", error.Message);
        Assert.Equal(before, File.ReadAllText(Path.Combine(site.Output, "index.html")));
    }

    private static Dictionary<string, JsonElement> Fragments(string bundle) =>
        Directory.GetFiles(Path.Combine(bundle, "fragment"), "*.pf_fragment")
            .Select(path => JsonDocument.Parse(PagefindBundle.Unpack(path)).RootElement)
            .ToDictionary(fragment => fragment.GetProperty("url").GetString()!);

    private static void RunPagefind(string site)
    {
        var (exit, output) = NodePackages.Run(PagefindBundle.Command(), ["--site", site, "--quiet"], site);
        Assert.True(exit == 0, output);
    }
}

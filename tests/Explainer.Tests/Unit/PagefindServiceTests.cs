using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Explainer.IO;
using Explainer.Tests.Support;

namespace Explainer.Tests.Unit;

/// <summary>The client of Pagefind's service, against the real binary from the repository's node_modules.</summary>
public sealed class PagefindServiceTests : IDisposable
{
    private static readonly PagefindIndexOptions English = new() { ForceLanguage = "en" };
    private readonly string _folder = Directory.CreateTempSubdirectory("pagefind-service-").FullName;

    private static readonly PagefindRecord[] Records =
    [
        Page("/topics/how-the-model-spreads/", "How the model spreads", "Topic", "Exported cameras and the policies that travel with them."),
        Page("/glossary/facial-recognition/", "Facial recognition", "Term", "Matching faces from cameras against a watch list."),
        Page("/sources/annual-report/", "Annual report", "Source", "A report on camera networks sold abroad."),
        Page("/about/", "About", "Page", "Who writes this explainer and why."),
    ];

    [Fact]
    public async Task Records_added_from_many_threads_are_written_as_a_bundle_with_their_titles_and_filters()
    {
        await using var service = await PagefindService.StartAsync(PagefindBundle.Command(), English);

        var indexed = await Task.WhenAll(Records.AsParallel().Select(service.AddRecordAsync));
        await service.WriteFilesAsync(Path.Combine(_folder, "pagefind"));

        Assert.Equal(Records.Select(record => record.Url).Order(), indexed.Select(page => page.Url).Order());
        // "Facial recognition. Matching faces from cameras against a watch list.": the title the record starts with counts too.
        Assert.Equal(10, Assert.Single(indexed, page => page.Meta["title"] == "Facial recognition").WordCount);
        var bundle = Path.Combine(_folder, "pagefind");
        foreach (var file in new[] { "pagefind.js", "pagefind-entry.json", "wasm.en.pagefind" })
            Assert.True(File.Exists(Path.Combine(bundle, file)), file);
        Assert.Single(Directory.GetFiles(bundle, "pagefind.en_*.pf_meta"));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(bundle, "index"), "*.pf_index"));
        using var entry = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(bundle, "pagefind-entry.json")));
        Assert.Equal(Records.Length, entry.RootElement.GetProperty("languages").GetProperty("en").GetProperty("page_count").GetInt32());

        var fragments = Directory.GetFiles(Path.Combine(bundle, "fragment"), "*.pf_fragment").Select(path => JsonDocument.Parse(PagefindBundle.Unpack(path)).RootElement).ToList();
        var term = Assert.Single(fragments, fragment => fragment.GetProperty("url").GetString() == "/glossary/facial-recognition/");
        Assert.Equal("Facial recognition", term.GetProperty("meta").GetProperty("title").GetString());
        Assert.Equal("Term", term.GetProperty("filters").GetProperty("kind")[0].GetString());
        var filter = Encoding.UTF8.GetString(PagefindBundle.Unpack(Assert.Single(Directory.GetFiles(Path.Combine(bundle, "filter"), "*.pf_filter"))));
        Assert.All(new[] { "Topic", "Term", "Source", "Page" }, kind => Assert.Contains(kind, filter));
    }

    [Fact]
    public async Task Each_answer_reaches_its_own_request_when_hundreds_are_in_flight_from_several_threads()
    {
        await using var service = await PagefindService.StartAsync(PagefindBundle.Command(), English);
        var records = Enumerable.Range(0, 600).Select(i => Page($"/topics/t{i}/", $"Topic {i}", "Topic", string.Join(' ', Enumerable.Repeat($"word{i}", i % 7 + 1)))).ToList();

        var sent = records.AsParallel().WithDegreeOfParallelism(4).Select(record => (record, indexed: service.AddRecordAsync(record))).ToList();
        await Task.WhenAll(sent.Select(pair => pair.indexed));

        Assert.All(sent, pair =>
        {
            Assert.Equal(pair.record.Url, pair.indexed.Result.Url);
            Assert.Equal(pair.record.Meta["title"], pair.indexed.Result.Meta["title"]);
        });
    }

    [Fact]
    public async Task The_bundle_in_memory_holds_the_same_files_as_the_bundle_on_disk()
    {
        await using var service = await PagefindService.StartAsync(PagefindBundle.Command(), English);
        await Task.WhenAll(Records.Select(service.AddRecordAsync));

        await service.WriteFilesAsync(Path.Combine(_folder, "pagefind"));
        var files = await service.GetFilesAsync();

        var onDisk = Directory.GetFiles(Path.Combine(_folder, "pagefind"), "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(Path.Combine(_folder, "pagefind"), path).Replace('\\', '/'));
        Assert.Equal(onDisk.Order(StringComparer.Ordinal), files.Select(file => file.Path).Order(StringComparer.Ordinal));
        var entry = files.Single(file => file.Path == "pagefind-entry.json");
        Assert.Equal(File.ReadAllBytes(Path.Combine(_folder, "pagefind", "pagefind-entry.json")), entry.Content);
    }

    [Fact]
    public async Task Html_held_in_memory_is_indexed_from_its_pagefind_body_only()
    {
        await using var service = await PagefindService.StartAsync(PagefindBundle.Command(), English);

        var page = await service.AddHtmlAsync("/topics/a/", """
            <html lang="en"><body><nav>Menu chrome</nav>
            <article data-pagefind-body data-pagefind-filter="kind:Topic"><h1>Exported cameras</h1>
            <p>Sold abroad.</p><footer data-pagefind-ignore>Cite this page</footer></article></body></html>
            """);

        Assert.Equal("/topics/a/", page.Url);
        Assert.Equal("Exported cameras", page.Meta["title"]);
        Assert.Equal(4, page.WordCount);
    }

    [Fact]
    public async Task A_request_pagefind_refuses_fails_with_pagefinds_message()
    {
        var refused = await Assert.ThrowsAsync<PagefindException>(() => PagefindService.StartAsync(PagefindBundle.Command(), new PagefindIndexOptions { MaxFragments = -1 }));

        Assert.Contains("-1", refused.Message);
    }

    [Fact]
    public async Task A_command_that_is_not_there_fails_as_a_pagefind_error()
    {
        var missing = Path.Combine(_folder, "no-such-pagefind");

        var failed = await Assert.ThrowsAsync<PagefindException>(() => PagefindService.StartAsync(missing, English));

        Assert.Contains(missing, failed.Message);
    }

    [Fact]
    public async Task Pagefinds_own_search_finds_records_with_title_excerpt_and_filters_under_a_sub_path()
    {
        await using (var service = await PagefindService.StartAsync(PagefindBundle.Command(), English))
        {
            await Task.WhenAll(Records.Select(service.AddRecordAsync));
            await service.WriteFilesAsync(Path.Combine(_folder, "rights", "pagefind"));
        }

        using var found = JsonDocument.Parse(PagefindBundle.Search(Path.Combine(_folder, "rights", "pagefind"), "cameras", "Term"));

        var result = Assert.Single(found.RootElement.EnumerateArray());
        Assert.EndsWith("/rights/glossary/facial-recognition/", result.GetProperty("url").GetString());
        Assert.Equal("Facial recognition", result.GetProperty("meta").GetProperty("title").GetString());
        Assert.Equal("Facial recognition. Matching faces from <mark>cameras</mark> against a watch list.", result.GetProperty("excerpt").GetString());
        Assert.Equal("Term", result.GetProperty("filters").GetProperty("kind")[0].GetString());
    }

    [Fact]
    public async Task Weighted_words_in_a_record_rank_it_first_and_their_markers_stay_out_of_the_excerpt()
    {
        await using (var service = await PagefindService.StartAsync(PagefindBundle.Command(), English))
        {
            await service.AddRecordAsync(Page("/plain/", "Plain", "Page", "Lighthouse keepers and their logs."));
            await service.AddRecordAsync(Page("/weighted/", "Weighted", "Page", $"{PagefindWeight.Start("10")}Lighthouse{PagefindWeight.End} keepers and their logs."));
            await service.WriteFilesAsync(Path.Combine(_folder, "pagefind"));
        }

        using var found = JsonDocument.Parse(PagefindBundle.Search(Path.Combine(_folder, "pagefind"), "lighthouse", "Page"));

        Assert.Equal(["/weighted/", "/plain/"], found.RootElement.EnumerateArray().Select(result => result.GetProperty("url").GetString()!.Split(_folder)[^1]));
        Assert.Equal("Weighted. <mark>Lighthouse</mark> keepers and their logs.", found.RootElement[0].GetProperty("excerpt").GetString());
    }

    private static PagefindRecord Page(string url, string title, string kind, string text) =>
        new(url, $"{title}. {text}", new Dictionary<string, string> { ["title"] = title }, new Dictionary<string, IReadOnlyList<string>> { ["kind"] = [kind] });

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}

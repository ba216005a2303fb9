using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Explainer.IO;

namespace Explainer.Bench;

/// <summary>
/// Times the ways of building the Pagefind index of an already built site, alternating, and prints
/// medians: the CLI reading the HTML back from disk, and the service fed from memory with records
/// or with HTML. The site is read once, before any timing; outputs are kept until the end. CPU time
/// is Pagefind's own (user and system), steadier than wall time on a shared machine.
/// </summary>
public static class IndexBench
{
    private sealed record Method(string Name, Func<string, Outcome> Run);

    /// <summary>One run; the phases are the service's: every page sent, every page indexed, the bundle written.</summary>
    private sealed record Outcome(double Seconds, double CpuSeconds, long PeakKilobytes, int PageCount, Phases? Phases = null);

    private sealed record Phases(double Sent, double Indexed, double IndexedCpu, double Written, double WrittenCpu, long WrittenAllocatedBytes);

    public static int Run(string site, int runs, string work, int maxFragments)
    {
        var command = Pagefind.Command(site, Console.Out) ?? throw new InvalidOperationException(Pagefind.NotInstalled);
        var clock = Stopwatch.StartNew();
        var pages = SearchablePage.ReadAll(site);
        Console.WriteLine($"read {pages.Count} searchable pages from {site} in {clock.Elapsed.TotalSeconds:0.0} s (not timed); Pagefind: {command}");
        Directory.CreateDirectory(work);

        var english = new PagefindIndexOptions { ForceLanguage = "en" };
        Method[] methods =
        [
            new("CLI --site (reads the HTML from disk)", folder => Cli(command, site, folder)),
            new("service, records, write_files", folder => Service(command, english, folder, pages, AddRecord, WriteFiles)),
            new("service, records, get_files + our parallel write", folder => Service(command, english, folder, pages, AddRecord, GetFilesAndWrite)),
            new("service, HTML from memory, write_files", folder => Service(command, english, folder, pages, AddHtml, WriteFiles)),
            new($"service, records, write_files, max_fragments {maxFragments}", folder => Service(command, english with { MaxFragments = maxFragments }, folder, pages, AddRecord, WriteFiles)),
        ];
        var outcomes = methods.ToDictionary(method => method, _ => new List<Outcome>());
        for (var run = 1; run <= runs; run++)
            foreach (var method in methods)
            {
                var outcome = method.Run(Path.Combine(work, $"run{run}-{Array.IndexOf(methods, method)}"));
                outcomes[method].Add(outcome);
                Console.WriteLine(Invariant($"run {run}: {method.Name}: {outcome.Seconds:0.00} s, cpu {outcome.CpuSeconds:0.00} s, {outcome.PeakKilobytes / 1024} MiB, {outcome.PageCount} pages")
                    + (outcome.Phases is { } p ? Invariant($" (all sent {p.Sent:0.00} s; all indexed {p.Indexed:0.00} s, cpu {p.IndexedCpu:0.00} s; written in {p.Written:0.00} s more, cpu {p.WrittenCpu:0.00} s, {p.WrittenAllocatedBytes / 1_048_576} MiB allocated here)") : ""));
            }

        Console.WriteLine();
        Console.WriteLine("| method | N | wall s | Pagefind cpu s | peak MiB (Pagefind) | indexed s (cpu) | written s (cpu) |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var method in methods)
        {
            var runsOf = outcomes[method];
            double Median(Func<Outcome, double> value) => Measurement.Median(runsOf.Select(value));
            var phases = runsOf[0].Phases is null ? "| | " : Invariant($"| {Median(o => o.Phases!.Indexed):0.00} ({Median(o => o.Phases!.IndexedCpu):0.00}) | {Median(o => o.Phases!.Written):0.00} ({Median(o => o.Phases!.WrittenCpu):0.00}) ");
            Console.WriteLine(Invariant($"| {method.Name} | {pages.Count} | {Median(o => o.Seconds):0.00} | {Median(o => o.CpuSeconds):0.00} | {Median(o => o.PeakKilobytes) / 1024:0} {phases}|"));
        }
        Console.WriteLine($"medians of {runs} alternating runs; outputs kept in {work}");
        return 0;
    }

    // Only the HTML is copied (not timed): it is all Pagefind reads.
    private static Outcome Cli(string command, string site, string folder)
    {
        foreach (var page in Directory.EnumerateFiles(site, "*.html", SearchOption.AllDirectories).Where(path => !Path.GetRelativePath(site, path).StartsWith("pagefind", StringComparison.Ordinal)))
        {
            var copy = Path.Combine(folder, Path.GetRelativePath(site, page));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(page, copy);
        }
        var measured = Measurement.Of(command, ["--site", folder, "--quiet"], site);
        return new Outcome(measured.Seconds, measured.CpuSeconds, measured.PeakKilobytes, PageCount(Path.Combine(folder, "pagefind")));
    }

    private static Outcome Service(string command, PagefindIndexOptions options, string folder, IReadOnlyList<SearchablePage> pages,
        Func<PagefindService, SearchablePage, Task<PagefindIndexedPage>> add, Func<PagefindService, string, Task> write)
    {
        Directory.CreateDirectory(folder);
        var name = Path.GetFileName(command);
        var clock = Stopwatch.StartNew();
        var service = PagefindService.StartAsync(command, options).GetAwaiter().GetResult();
        var added = new Task<PagefindIndexedPage>[pages.Count];
        // Two threads, as the build's renderers would feed it; neither waits for an answer before sending the next page.
        Parallel.For(0, 2, thread =>
        {
            for (var i = thread; i < pages.Count; i += 2) added[i] = add(service, pages[i]);
        });
        var sent = clock.Elapsed.TotalSeconds;
        Task.WhenAll(added).GetAwaiter().GetResult();
        var indexed = clock.Elapsed.TotalSeconds;
        var indexedStats = ChildProcessStats.Of(name);
        var allocated = GC.GetTotalAllocatedBytes();
        write(service, Path.Combine(folder, "pagefind")).GetAwaiter().GetResult();
        allocated = GC.GetTotalAllocatedBytes() - allocated;
        var written = clock.Elapsed.TotalSeconds;
        var writtenStats = ChildProcessStats.Of(name);
        service.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return new Outcome(clock.Elapsed.TotalSeconds, writtenStats.CpuSeconds, writtenStats.PeakKilobytes, PageCount(Path.Combine(folder, "pagefind")),
            new Phases(sent, indexed, indexedStats.CpuSeconds, written - indexed, writtenStats.CpuSeconds - indexedStats.CpuSeconds, allocated));
    }

    private static Task<PagefindIndexedPage> AddRecord(PagefindService service, SearchablePage page) => service.AddRecordAsync(page.Record);

    private static Task<PagefindIndexedPage> AddHtml(PagefindService service, SearchablePage page) => service.AddHtmlAsync(page.Record.Url, page.Html);

    private static Task WriteFiles(PagefindService service, string bundle) => service.WriteFilesAsync(bundle);

    private static async Task GetFilesAndWrite(PagefindService service, string bundle)
    {
        var files = await service.GetFilesAsync();
        foreach (var folder in files.Select(file => Path.GetDirectoryName(Path.Combine(bundle, file.Path))!).Distinct()) Directory.CreateDirectory(folder);
        Parallel.ForEach(files, file => File.WriteAllBytes(Path.Combine(bundle, file.Path), file.Content));
    }

    private static int PageCount(string bundle)
    {
        using var entry = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(bundle, "pagefind-entry.json")));
        return entry.RootElement.GetProperty("languages").EnumerateObject().Sum(language => language.Value.GetProperty("page_count").GetInt32());
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

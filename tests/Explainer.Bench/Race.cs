using System.Globalization;
using System.Text;

namespace Explainer.Bench;

/// <summary>
/// Builds the same corpus with each generator, alternating run by run (A B C A B C ...) after a
/// warm-up, each run into a new empty folder, and prints medians and ratios as a Markdown table.
/// <c>plain</c> is the same work for everyone (our search index, feed and sitemap are switched off
/// in statiq.json); <c>full</c> is our whole feature set on the full corpus, and is timed a second
/// time with only the search index (Pagefind, a separate program) switched off.
/// </summary>
public static class Race
{
    public static int Run(RaceOptions options)
    {
        var sites = new SiteSetup(options);
        var rows = new List<Row>();
        foreach (var n in options.Sizes)
        {
            var contestants = new List<Contestant> { new("Explainer (ours)", "plain", n, sites.Ours(n, full: false)) };
            if (options.Peers)
            {
                contestants.Add(new("Hugo", "plain", n, sites.Hugo(n)));
                // What a Hugo user with search runs: Hugo, then Pagefind over its output, as one command.
                contestants.Add(new("Hugo + Pagefind", "plain", n, sites.HugoWithPagefind(n)));
                contestants.Add(new("Eleventy", "plain", n, sites.Eleventy(n)));
            }
            if (options.Full)
            {
                contestants.Add(new("Explainer (ours)", "full", n, sites.Ours(n, full: true)));
                // The same full build without Pagefind, to show how much of full is the search index.
                contestants.Add(new("Explainer (ours)", "full, search off", n, sites.Ours(n, full: true, search: false)));
            }
            rows.AddRange(Alternate(contestants, options.Runs));
        }
        rows.AddRange(Alternate([new("Explainer (ours)", "real site", 0, sites.RealSite())], options.Runs));
        var table = Table(rows);
        Console.WriteLine(table);
        File.WriteAllText(Path.Combine(options.Work, "results.md"), table);
        return 0;
    }

    private sealed record Contestant(string Name, string Flavour, int Pages, Func<string, Measurement> Build);

    private sealed record Row(string Name, string Flavour, int Pages, IReadOnlyList<Measurement> Runs)
    {
        public double Wall => Measurement.Median(Runs.Select(r => r.Seconds));
        /// <summary>User and system time of the command and every process it waited for.</summary>
        public double Cpu => Measurement.Median(Runs.Select(r => r.CpuSeconds));
        /// <summary>All of the command's processes together (our build runs Pagefind beside itself).</summary>
        public double PeakMiB => Measurement.Median(Runs.Select(r => r.TreePeakKilobytes / 1024.0));
    }

    private static IEnumerable<Row> Alternate(List<Contestant> contestants, int runs)
    {
        var results = contestants.ToDictionary(c => c, _ => new List<Measurement>());
        foreach (var contestant in contestants)
        {
            Console.Error.WriteLine($"warm-up: {contestant.Name} {contestant.Flavour} {contestant.Pages}");
            contestant.Build("warmup");
        }
        for (var run = 1; run <= runs; run++)
        {
            foreach (var contestant in contestants)
            {
                var measurement = contestant.Build($"run{run}");
                results[contestant].Add(measurement);
                Console.Error.WriteLine($"run {run}: {contestant.Name} {contestant.Flavour} {contestant.Pages}: {measurement.Seconds:0.00} s, {measurement.TreePeakKilobytes / 1024} MiB (largest process {measurement.PeakKilobytes / 1024} MiB)");
            }
        }
        return contestants.Select(c => new Row(c.Name, c.Flavour, c.Pages, results[c]));
    }

    private static string Table(List<Row> rows)
    {
        var text = new StringBuilder();
        text.AppendLine("| generator | flavour | N | median wall s | median CPU s | median peak MiB | pages/s | wall vs Hugo | memory vs Hugo | wall vs Hugo + Pagefind | memory vs Hugo + Pagefind |");
        text.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var row in rows)
        {
            var hugo = Peer(rows, "Hugo", row);
            var withSearch = Peer(rows, "Hugo + Pagefind", row);
            var pages = row.Pages == 0 ? "" : (row.Pages / row.Wall).ToString("N0", CultureInfo.InvariantCulture);
            var n = row.Pages == 0 ? "-" : row.Pages.ToString("N0", CultureInfo.InvariantCulture);
            text.AppendLine(FormattableString.Invariant($"| {row.Name} | {row.Flavour} | {n} | {row.Wall:0.00} | {row.Cpu:0.0} | {row.PeakMiB:0} | {pages} | {Ratio(row.Wall, hugo?.Wall)} | {Ratio(row.PeakMiB, hugo?.PeakMiB)} | {Ratio(row.Wall, withSearch?.Wall)} | {Ratio(row.PeakMiB, withSearch?.PeakMiB)} |"));
        }
        text.AppendLine("\nPeak memory is that of all the command's processes together, sampled every 10 ms (Hugo + Pagefind run one after the other; our full build runs Pagefind beside itself).");
        foreach (var flavour in new[] { "plain", "full", "full, search off" })
        {
            var ours = rows.Where(r => r.Name.StartsWith("Explainer", StringComparison.Ordinal) && r.Flavour == flavour).OrderBy(r => r.Pages).ToList();
            if (ours.Count >= 2 && ours[0].Pages > 0)
                text.AppendLine(FormattableString.Invariant($"\nOurs, {flavour}: N={ours[^1].Pages:N0} takes {ours[^1].Wall / ours[0].Wall:0.0} times as long as N={ours[0].Pages:N0} ({ours[^1].Pages / ours[0].Pages}x the pages)."));
        }
        return text.ToString();
    }

    private static Row? Peer(List<Row> rows, string name, Row row) =>
        row.Pages == 0 ? null : rows.FirstOrDefault(r => r.Name == name && r.Pages == row.Pages);

    private static string Ratio(double ours, double? theirs) =>
        theirs is { } value ? (ours / value).ToString("0.00", CultureInfo.InvariantCulture) : "";
}

using System.Diagnostics;
using Explainer.Pipeline;

namespace Explainer.Bench;

/// <summary>
/// Times what <c>preview</c> does after an editor saves a one-line change: an incremental build
/// through the session's cache, from the edit to the last changed file written.
/// </summary>
public static class RebuildTimer
{
    public static int Run(string root, string page, int runs)
    {
        var output = Path.Combine(Path.GetTempPath(), $"explainer-rebuild-{Environment.ProcessId}");
        var options = BuildOptions.ForRoot(root, output);
        var cache = new BuildCache();
        var first = SiteBuilder.Build(options, cache);
        if (!first.Succeeded)
        {
            foreach (var d in first.Diagnostics.Take(10)) Console.Error.WriteLine(d);
            return 1;
        }
        var path = Path.Combine(root, page);
        var original = File.ReadAllText(path);
        var times = new List<double>();
        BuildResult? last = null;
        try
        {
            for (var run = 1; run <= runs; run++)
            {
                // A one-line edit: a word added to the last line, different each time.
                File.WriteAllText(path, original.TrimEnd('\n') + $" Edit {run}.\n");
                var clock = Stopwatch.StartNew();
                var result = SiteBuilder.Build(options, cache);
                clock.Stop();
                if (!result.Succeeded) throw new InvalidOperationException(string.Join('\n', result.Diagnostics.Take(5)));
                times.Add(clock.Elapsed.TotalMilliseconds);
                last = result;
                Console.Error.WriteLine($"rebuild {run}: {clock.Elapsed.TotalMilliseconds:0} ms, {result.Written.Count} files written");
            }
        }
        finally
        {
            File.WriteAllText(path, original);
            Directory.Delete(output, recursive: true);
        }
        // Where the last rebuild's time went (summed over threads), slowest stages first.
        var stages = last!.Timings.OrderByDescending(t => t.Time).Take(6).Select(t => FormattableString.Invariant($"{t.Stage} {t.Time.TotalMilliseconds:0} ms"));
        Console.Error.WriteLine("slowest stages of the last rebuild: " + string.Join(", ", stages));
        Console.WriteLine(FormattableString.Invariant($"median rebuild after a one-line edit of {page}: {Measurement.Median(times):0} ms over {runs} runs (first build {first.Elapsed.TotalMilliseconds:0} ms)"));
        return 0;
    }
}

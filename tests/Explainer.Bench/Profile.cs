using System.Diagnostics;
using Explainer.Pipeline;

namespace Explainer.Bench;

/// <summary>
/// Builds a site several times in one process and prints each stage's time for the last (warm)
/// build: where a build spends its time once the code is compiled. Document stages show time
/// summed over threads.
/// </summary>
public static class Profile
{
    public static int Run(string root, int runs, bool write)
    {
        BuildResult? last = null;
        for (var i = 0; i < runs; i++)
        {
            var output = Path.Combine(Path.GetTempPath(), $"explainer-profile-{Environment.ProcessId}-{i}");
            var clock = Stopwatch.StartNew();
            last = SiteBuilder.Build(BuildOptions.ForRoot(root, output) with { WriteOutput = write });
            var info = GC.GetGCMemoryInfo();
            Console.WriteLine($"run {i + 1}: {clock.ElapsedMilliseconds} ms, {last.Diagnostics.Count} diagnostics, peak working set {Environment.WorkingSet / 1_048_576} MiB, GC heap at last GC {info.HeapSizeBytes / 1_048_576} MiB, committed {info.TotalCommittedBytes / 1_048_576} MiB, promoted {info.PromotedBytes / 1_048_576} MiB, GC pauses so far {GC.GetTotalPauseDuration().TotalMilliseconds:0} ms in {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} gen0/1/2 collections, allocated {GC.GetTotalAllocatedBytes() / 1_048_576} MiB");
            // Outputs are left in place while timing: deleting many files slows creating new ones for minutes.
        }
        foreach (var (stage, time) in last!.Timings) Console.WriteLine($"  {stage,-20} {time.TotalMilliseconds,8:0.0} ms");
        foreach (var diagnostic in last.Diagnostics.Take(5)) Console.WriteLine("  " + diagnostic);
        return 0;
    }
}

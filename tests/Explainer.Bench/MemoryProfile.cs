using Explainer.Pipeline;

namespace Explainer.Bench;

/// <summary>
/// Runs the pipeline and prints the live heap each time a stage (or a run of fused document
/// stages) has finished: where memory goes.
/// </summary>
public static class MemoryProfile
{
    public static int Run(string root)
    {
        var context = new BuildContext(BuildOptions.ForRoot(root) with { WriteOutput = false }, stageFinished: stage =>
        {
            var rss = Environment.WorkingSet;
            var heap = GC.GetGCMemoryInfo().HeapSizeBytes;
            var live = GC.GetTotalMemory(forceFullCollection: true);
            Console.WriteLine($"{stage,-20} resident {rss / 1_048_576,5} MiB  heap {heap / 1_048_576,5} MiB  live {live / 1_048_576,5} MiB");
        });
        var run = SitePipeline.Run(context);
        Console.WriteLine($"{run.Documents.Count} documents");
        return 0;
    }
}

using Explainer.Pipeline;

namespace Explainer.Bench;

/// <summary>Runs the pipeline stage by stage and prints the live heap after each: where memory goes.</summary>
public static class MemoryProfile
{
    public static int Run(string root)
    {
        var context = new BuildContext(BuildOptions.ForRoot(root) with { WriteOutput = false });
        IReadOnlyList<Document> documents = [];
        foreach (var stage in SitePipeline.Stages)
        {
            documents = PipelineRunner.Run([stage], context, documents);
            context.ThemeLoading?.Wait();
            var rss = Environment.WorkingSet;
            var heap = GC.GetGCMemoryInfo().HeapSizeBytes;
            var live = GC.GetTotalMemory(forceFullCollection: true);
            Console.WriteLine($"{stage.Name,-20} {documents.Count,6} documents  resident {rss / 1_048_576,5} MiB  heap {heap / 1_048_576,5} MiB  live {live / 1_048_576,5} MiB");
        }
        GC.KeepAlive(documents);
        return 0;
    }
}

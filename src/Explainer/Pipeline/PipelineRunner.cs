using System.Diagnostics;
using Explainer.Diagnostics;

namespace Explainer.Pipeline;

/// <summary>
/// Runs stages and times them. Consecutive <see cref="DocumentStage"/>s are fused and run in
/// parallel per document; output order always follows input order, so builds are deterministic.
/// </summary>
public static class PipelineRunner
{
    /// <summary>Runs a stage that sees everything at once (a model stage, a cross-link, a check) and records its time.</summary>
    public static T Run<TStage, T>(this BuildContext context, TStage stage, Func<TStage, T> process) where TStage : IStage
    {
        var started = Stopwatch.GetTimestamp();
        var result = process(stage);
        context.Timings.Add(((IStage)stage).Name, Stopwatch.GetTimestamp() - started);
        context.Finished(stage);
        return result;
    }

    /// <summary>Runs a stage that only writes or reports, returning nothing, and records its time.</summary>
    public static void Run<TStage>(this BuildContext context, TStage stage, Action<TStage> process) where TStage : IStage =>
        context.Run(stage, s => { process(s); return true; });

    /// <summary>Passes every document through <paramref name="stages"/>, one page at a time, pages in parallel.</summary>
    public static IReadOnlyList<Document> Each(this BuildContext context, IReadOnlyList<Document> documents, params DocumentStage[] stages)
    {
        var results = new Document?[documents.Count];
        Parallel.For(0, documents.Count, new ParallelOptions { MaxDegreeOfParallelism = context.Options.Parallelism }, i =>
        {
            Document? document = documents[i];
            foreach (var stage in stages)
            {
                var started = Stopwatch.GetTimestamp();
                document = Guarded(stage, document, context);
                context.Timings.Add(((IStage)stage).Name, Stopwatch.GetTimestamp() - started);
                if (document is null) break;
            }
            results[i] = document;
        });
        foreach (var stage in stages) context.Finished(stage);
        return results.Where(d => d is not null).ToList()!;
    }

    // A bug that shows on one file becomes a diagnostic naming that file; the rest of the site is still checked.
    private static Document? Guarded(DocumentStage stage, Document document, BuildContext context)
    {
        try
        {
            return stage.Process(document, context);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            context.Diagnostics.Error(SourcePosition.StartOf(document.Source), ErrorCodes.Internal,
                $"internal error in {((IStage)stage).Name}: {e.GetType().Name}: {e.Message}");
            return null;
        }
    }
}

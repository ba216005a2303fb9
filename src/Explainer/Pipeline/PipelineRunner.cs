using System.Diagnostics;

namespace Explainer.Pipeline;

/// <summary>
/// Runs stages in order. Runs of consecutive <see cref="DocumentStage"/>s are fused and
/// executed in parallel per document; a <see cref="CollectionStage"/> is a barrier that sees
/// every document. Output order always follows input order, so builds are deterministic.
/// </summary>
public static class PipelineRunner
{
    public static IReadOnlyList<Document> Run(IEnumerable<IStage> stages, BuildContext context, IReadOnlyList<Document>? seed = null)
    {
        IReadOnlyList<Document> documents = seed ?? [];
        var pending = new List<DocumentStage>();
        foreach (var stage in stages)
        {
            if (stage is DocumentStage documentStage)
            {
                pending.Add(documentStage);
                continue;
            }
            documents = RunFused(pending, documents, context);
            pending.Clear();
            var started = Stopwatch.GetTimestamp();
            documents = ((CollectionStage)stage).Process(documents, context);
            context.Timings.Add(stage.Name, Stopwatch.GetTimestamp() - started);
        }
        return RunFused(pending, documents, context);
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
            context.Diagnostics.Error(Diagnostics.SourcePosition.StartOf(document.Source), Diagnostics.ErrorCodes.Internal,
                $"internal error in {((IStage)stage).Name}: {e.GetType().Name}: {e.Message}");
            return null;
        }
    }

    private static IReadOnlyList<Document> RunFused(List<DocumentStage> stages, IReadOnlyList<Document> documents, BuildContext context)
    {
        if (stages.Count == 0) return documents;
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
        return results.Where(d => d is not null).ToList()!;
    }
}

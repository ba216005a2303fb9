using Explainer.Diagnostics;
using Explainer.IO;
using Explainer.Pipeline;

namespace Explainer.Stages;

/// <summary>Builds the Pagefind search index over the staged site, once everything else has passed.</summary>
public sealed class IndexSearch : CollectionStage
{
    public override IReadOnlyList<Document> Process(IReadOnlyList<Document> documents, BuildContext context)
    {
        // Incremental preview builds have no staging folder: the preview session re-indexes in the background.
        if (!context.Settings.SearchIndex || context.StagingFolder is null || context.Diagnostics.HasErrors) return documents;
        var (ok, message) = Pagefind.Index(context.Options.Root, context.StagingFolder);
        if (!ok) context.Diagnostics.Error(SourcePosition.StartOf("statiq.json"), ErrorCodes.SearchIndex, $"{message}; or set \"SearchIndex\": false");
        return documents;
    }
}

using Explainer.Diagnostics;
using Explainer.IO;
using Explainer.Pipeline;
using Explainer.Settings;

namespace Explainer.Stages;

/// <summary>Builds the Pagefind search index over the staged site, once everything else has passed.</summary>
public sealed class IndexSearch : IStage
{
    /// <returns>Whether the index was built (false when it is off, not due, or failed).</returns>
    public bool Process(SiteSettings settings, BuildContext context)
    {
        // Incremental preview builds have no staging folder: the preview session re-indexes in the background.
        if (!settings.SearchIndex || context.StagingFolder is null || context.Diagnostics.HasErrors) return false;
        var (ok, message) = Pagefind.Index(context.Options.Root, context.StagingFolder);
        if (!ok) context.Diagnostics.Error(SourcePosition.StartOf("statiq.json"), ErrorCodes.SearchIndex, $"{message}; or set \"SearchIndex\": false");
        return ok;
    }
}

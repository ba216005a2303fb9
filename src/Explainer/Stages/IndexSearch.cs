using Explainer.Diagnostics;
using Explainer.Pipeline;
using Explainer.Search;

namespace Explainer.Stages;

/// <summary>Finishes the search index the build fed page by page: writes it into the staging folder once everything else has passed.</summary>
public sealed class IndexSearch : IStage
{
    /// <summary>Writes the index, unless it is off or the build failed; a failure to write it is reported as an error.</summary>
    public void Process(SearchIndexer? search, BuildContext context)
    {
        if (search is null || context.StagingFolder is not { } staging || context.Diagnostics.HasErrors) return;
        // Pagefind now builds and writes the index, the largest memory of the build, while this process only
        // waits: what the pages needed is garbage by now, and is handed back to the system rather than kept beside it.
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        var error = search.Write(Path.Combine(staging, "pagefind"));
        if (error is not null) context.Diagnostics.Error(SourcePosition.StartOf("statiq.json"), ErrorCodes.SearchIndex, $"{error}; or set \"SearchIndex\": false");
    }
}

using System.Diagnostics;
using Explainer.Diagnostics;
using Explainer.Output;

namespace Explainer.Pipeline;

/// <summary>
/// Runs the site pipeline for one build and publishes the result only when no error was
/// reported, so the previous output survives any failure. Drafts it leaves out are still checked
/// (<see cref="DraftCheck"/>), their problems reported as warnings. A one-off build writes a staging
/// folder and swaps it in atomically. A preview session passes its <see cref="BuildCache"/>:
/// then unchanged steps are reused and, once the output exists, only changed files are written.
/// </summary>
public static class SiteBuilder
{
    public static BuildResult Build(BuildOptions options, BuildCache? cache = null)
    {
        var clock = Stopwatch.StartNew();
        // Taken once, before anything is read, by the quick rebuild or the full build it falls back
        // to: a file saved during the build shows as changed to the next one.
        var inputs = cache is null ? null : InputSnapshot.Take(options);
        // An edit that can only change the edited pages rebuilds just those (preview sessions).
        if (cache is not null && QuickRebuild.TryBuild(options, cache, inputs!, clock) is { } quick) return quick;
        if (options.WriteOutput && OutputFolder.Refuse(options.Output, options.Root, options.AdoptOutput) is { } refusal)
        {
            var refused = new BuildContext(options, cache);
            refused.Diagnostics.Error(SourcePosition.StartOf("."), refusal.Code, refusal.Message);
            return Result(refused, null, [], clock, published: false);
        }
        var incremental = options.WriteOutput && cache is { Manifest.Count: > 0 } && Directory.Exists(options.Output);
        var output = options.WriteOutput && !incremental ? OutputFolder.Prepare(options.Output) : null;
        var context = new BuildContext(options, cache, output?.Staging);

        var published = false;
        try
        {
            var run = SitePipeline.Run(context);
            var documents = run.Documents;
            run.Theme.Wait(); // its diagnostics count even when no page needed a layout
            if (run.DraftsLeftOut > 0) DraftCheck.Run(context, context.Diagnostics.Sorted());
            List<string> written = [];
            if (options.WriteOutput && !context.Diagnostics.HasErrors)
            {
                if (output is not null) published = Publish(output, context);
                else
                {
                    written = IncrementalOutput.Publish(options.Output, documents, cache!.Manifest, context.Manifest);
                    published = true;
                }
                if (published && cache is not null) cache.Manifest = new Dictionary<string, string>(context.Manifest);
            }
            var result = Result(context, run, written, clock, published);
            if (cache is not null) cache.Session = published && run.Pages is { } pages ? SessionState.Of(inputs!, pages, documents, result) : null;
            return result;
        }
        finally
        {
            if (!published) output?.Abandon();
            cache?.EndBuild();
        }
    }

    private static bool Publish(OutputFolder output, BuildContext context)
    {
        try
        {
            if (output.Commit(context.Options.AdoptOutput) is not { } refusal) return true;
            context.Diagnostics.Error(SourcePosition.StartOf("."), refusal.Code, refusal.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Diagnostics.Error(SourcePosition.StartOf("."), ErrorCodes.Io, $"cannot publish the site to {output.Target}: {e.Message}; the previous output is unchanged");
        }
        return false;
    }

    private static BuildResult Result(BuildContext context, PipelineResult? run, IReadOnlyList<string> written, Stopwatch clock, bool published)
    {
        var pages = (run?.Documents ?? [])
            .Where(d => d.Get(Keys.IsHtml))
            .GroupBy(d => d.Kind.Length == 0 ? "page" : d.Kind)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count());
        return new BuildResult(context.Diagnostics.Sorted(), pages, context.Timings.InOrder(), clock.Elapsed, published)
        {
            Written = written,
            Settings = run?.Settings ?? Settings.SiteSettings.Default,
            DraftsLeftOut = run?.DraftsLeftOut ?? 0,
            Searchable = (run?.Documents ?? []).Where(Search.SearchIndexer.Indexes).Select(d => d.Destination).Order(StringComparer.Ordinal).ToList(),
            Coverage = (run?.Documents ?? [])
                .Where(d => d.Get(Keys.Review) is { Paragraphs: > 0 })
                .Select(d => (d.Source, d.Get(Keys.Review)!))
                .OrderBy(c => c.Source, StringComparer.Ordinal)
                .ToList(),
        };
    }
}

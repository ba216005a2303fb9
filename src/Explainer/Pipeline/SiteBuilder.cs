using System.Diagnostics;
using Explainer.Diagnostics;
using Explainer.Output;

namespace Explainer.Pipeline;

/// <summary>
/// Runs the site pipeline for one build: prepares the staging folder, runs every stage, and
/// publishes the result only when no error was reported. The previous output survives any failure.
/// </summary>
public static class SiteBuilder
{
    public static BuildResult Build(BuildOptions options)
    {
        var clock = Stopwatch.StartNew();
        var context = new BuildContext(options);
        OutputFolder? output = null;
        if (options.WriteOutput)
        {
            if (OutputFolder.Refuse(options.Output, options.Root) is { } refusal)
            {
                context.Diagnostics.Error(SourcePosition.StartOf("."), ErrorCodes.Usage, refusal);
                return Result(context, [], clock, published: false);
            }
            output = OutputFolder.Prepare(options.Output);
            context.StagingFolder = output.Staging;
        }

        var published = false;
        try
        {
            var documents = PipelineRunner.Run(SitePipeline.Stages, context);
            if (output is not null && !context.Diagnostics.HasErrors)
            {
                output.Commit();
                published = true;
            }
            return Result(context, documents, clock, published);
        }
        finally
        {
            if (!published) output?.Abandon();
        }
    }

    private static BuildResult Result(BuildContext context, IReadOnlyList<Document> documents, Stopwatch clock, bool published)
    {
        var pages = documents
            .Where(d => d.Metadata.GetBool(Keys.IsHtml))
            .GroupBy(d => d.Kind.Length == 0 ? "page" : d.Kind)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count());
        return new BuildResult(context.Diagnostics.Sorted(), pages, context.Timings.InOrder(), clock.Elapsed, published);
    }
}

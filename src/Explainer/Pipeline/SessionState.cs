namespace Explainer.Pipeline;

/// <summary>
/// What a preview session keeps of its last successful build, for <see cref="QuickRebuild"/>: the
/// files it read, each page as it went into rendering and as it was finished, the model its page
/// stages were given, and its result (which holds what it reported).
/// </summary>
public sealed record SessionState(
    InputSnapshot Inputs,
    PageStages Stages,
    IReadOnlyDictionary<string, Document> UnrenderedBySource,
    IReadOnlyList<Document> Finished,
    IReadOnlyDictionary<string, int> FinishedByDestination,
    BuildResult Result)
{
    public static SessionState Of(InputSnapshot inputs, PageStages stages, IReadOnlyList<Document> finished, BuildResult result) => new(
        inputs,
        stages,
        stages.Unrendered.Where(d => d.Get(Keys.InputPath) is not null).GroupBy(d => d.Source).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal),
        finished,
        Indexed(finished),
        result);

    /// <summary>The state after a quick rebuild replaced some pages.</summary>
    public SessionState With(InputSnapshot inputs, IReadOnlyList<(Document Unrendered, Document Finished)> pages, BuildResult result)
    {
        var unrendered = new Dictionary<string, Document>(UnrenderedBySource, StringComparer.Ordinal);
        var finished = Finished.ToArray();
        foreach (var (page, done) in pages)
        {
            unrendered[page.Source] = page;
            finished[FinishedByDestination[done.Destination]] = done;
        }
        return this with { Inputs = inputs, UnrenderedBySource = unrendered, Finished = finished, Result = result };
    }

    private static Dictionary<string, int> Indexed(IReadOnlyList<Document> finished)
    {
        var byDestination = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < finished.Count; i++)
            if (finished[i].Destination.Length > 0) byDestination.TryAdd(finished[i].Destination, i);
        return byDestination;
    }
}

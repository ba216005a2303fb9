using Explainer.Model;
using Explainer.Pipeline;

namespace Explainer.Stages;

/// <summary>Inverts every page's facts into backlinks: who mentions each term, cites each source, shows each note.</summary>
public sealed class CollectBacklinks : IStage
{
    public Backlinks Process(IReadOnlyList<Document> documents) =>
        new(documents.Select(d => d.Get(Keys.Facts)).OfType<PageFacts>());
}

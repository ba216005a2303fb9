using Explainer.Model;
using Explainer.Pipeline;

namespace Explainer.Stages;

/// <summary>Inverts every page's facts into backlinks: who mentions each term, cites each source, shows each note.</summary>
public sealed class CollectBacklinks : CollectionStage
{
    public override IReadOnlyList<Document> Process(IReadOnlyList<Document> documents, BuildContext context)
    {
        context.Backlinks = new Backlinks(documents.Select(d => d.Get<PageFacts>(Keys.Facts)).OfType<PageFacts>());
        return documents;
    }
}

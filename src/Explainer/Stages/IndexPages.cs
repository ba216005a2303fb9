using Explainer.IO;
using Explainer.Pipeline;
using Explainer.Search;

namespace Explainer.Stages;

/// <summary>Hands each rendered page but drafts to the search index while it is still in memory (see <see cref="SearchIndexer"/>).</summary>
public sealed class IndexPages(SearchIndexer? search) : DocumentStage
{
    public override Document? Process(Document document, BuildContext context)
    {
        if (search is null || !SearchIndexer.Indexes(document)) return document;
        search.Add(document.Destination, OutputFile.ContentOf(document).Bytes);
        return document;
    }
}

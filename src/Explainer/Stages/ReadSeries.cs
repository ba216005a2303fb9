using Explainer.Model;
using Explainer.Pipeline;

namespace Explainer.Stages;

/// <summary>Orders the topic pages into the series (by <c>order</c>, then title) and checks their related topics.</summary>
public sealed class ReadSeries : CollectionStage
{
    public override IReadOnlyList<Document> Process(IReadOnlyList<Document> documents, BuildContext context)
    {
        var topics = documents.Where(d => d.Kind == ContentKinds.Topic && !d.Failed).ToList();
        var slugs = ReadGlossary.KnownSlugs(documents, ContentKinds.Topic);
        foreach (var topic in topics)
            ReadGlossary.CheckRelated(topic, topic.Metadata.GetStrings(Keys.Related), slugs, "topic", context);

        // Topics without an order follow the ordered ones, alphabetically.
        context.Series = new Series(topics
            .OrderBy(t => t.Metadata.Get<int?>(Keys.Order) ?? int.MaxValue)
            .ThenBy(t => t.GetString(Keys.Title), StringComparer.OrdinalIgnoreCase)
            .ThenBy(t => t.GetString(Keys.Slug), StringComparer.Ordinal)
            .Select((t, index) => new SeriesEntry(t.GetString(Keys.Slug) ?? "", t.GetString(Keys.Title) ?? "", t.GetString(Keys.Description) ?? "", index + 1)));
        return documents;
    }
}

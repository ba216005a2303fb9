using Explainer.Content;
using Explainer.Model;
using Explainer.Pipeline;

namespace Explainer.Stages;

/// <summary>Orders the topic pages into the series (by <c>order</c>, then title) and checks their related topics and the spelling of their tags.</summary>
public sealed class ReadSeries : IStage
{
    public Series Process(IReadOnlyList<Document> documents, DraftRegistry drafts, BuildContext context)
    {
        var topics = documents.Where(d => d.Kind == ContentKinds.Topic && !d.Failed && d.Matter is TopicMatter).ToList();
        var slugs = RelatedPages.KnownSlugs(documents, ContentKinds.Topic);
        foreach (var topic in topics)
            RelatedPages.Check(topic, ((TopicMatter)topic.Matter!).Related, slugs, ContentKinds.Topic, drafts, context);
        TagSpelling.Check(topics, context);

        // Topics without an order follow the ordered ones, alphabetically.
        return new Series(topics
            .Select(t => (Page: t, Matter: (TopicMatter)t.Matter!))
            .OrderBy(t => t.Matter.Order ?? int.MaxValue)
            .ThenBy(t => t.Matter.Title, StringComparer.OrdinalIgnoreCase)
            .ThenBy(t => t.Page.Slug, StringComparer.Ordinal)
            .Select((t, index) => new SeriesEntry(t.Page.Slug, t.Matter.Title, t.Matter.Description ?? "", index + 1)));
    }
}

using Explainer.Diagnostics;
using Explainer.Model;
using Explainer.Pipeline;

namespace Explainer.Stages;

/// <summary>Checks the <c>related</c> lists of topics and terms: every slug must name a page of the same kind.</summary>
public static class RelatedPages
{
    /// <summary>
    /// The slugs <c>related</c> may name: every page of the kind, including pages that failed for
    /// another reason (by slug and by file name), whose problem is already reported.
    /// </summary>
    public static HashSet<string> KnownSlugs(IReadOnlyList<Document> documents, string kind) => documents
        .Where(d => d.Kind == kind)
        .SelectMany(d => d.Failed ? [d.Slug, Path.GetFileNameWithoutExtension(d.Source)] : new[] { d.Slug })
        .Where(s => s.Length > 0)
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>Reports every entry of <c>related</c> that names no existing page of the kind.</summary>
    public static void Check(Document page, IReadOnlyList<string> related, IReadOnlySet<string> slugs, string kind, DraftRegistry drafts, BuildContext context)
    {
        var noun = kind == ContentKinds.Term ? "term" : "topic";
        for (var r = 0; r < related.Count; r++)
        {
            if (slugs.Contains(related[r])) continue;
            var why = drafts.IsLeftOut($"{ContentKinds.Section(kind)}{related[r]}/")
                ? " is a draft, left out unless the build runs with --drafts"
                : $" does not exist{Suggestions.DidYouMean(related[r], slugs)}";
            context.Diagnostics.Error(page.Matter!.At($"related[{r}]", page.Source), ErrorCodes.UnknownReference, $"related {noun} '{related[r]}'{why}");
        }
    }
}

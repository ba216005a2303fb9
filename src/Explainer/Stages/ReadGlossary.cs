using Explainer.Diagnostics;
using Explainer.Model;
using Explainer.Pipeline;

namespace Explainer.Stages;

/// <summary>
/// Builds the glossary from the term pages. A name or alias may belong to one term only, and
/// every related term must exist; both are checked here, where the positions are known.
/// </summary>
public sealed class ReadGlossary : CollectionStage
{
    public override IReadOnlyList<Document> Process(IReadOnlyList<Document> documents, BuildContext context)
    {
        var termPages = documents.Where(d => d.Kind == ContentKinds.Term && d.GetString(Keys.Term) is { Length: > 0 }).ToList();
        var terms = termPages.Select(d => new GlossaryTerm(
            d.GetString(Keys.Slug) ?? "",
            d.GetString(Keys.Term) ?? "",
            d.Metadata.GetStrings(Keys.Aliases),
            d.GetString(Keys.Short) ?? "",
            d.Metadata.GetStrings(Keys.Related))).ToList();

        var claimed = new Dictionary<string, (string Slug, string Source)>(StringComparer.Ordinal);
        var slugs = KnownSlugs(documents, ContentKinds.Term);
        for (var i = 0; i < terms.Count; i++)
        {
            var (term, page) = (terms[i], termPages[i]);
            var names = term.Names.ToList();
            for (var n = 0; n < names.Count; n++)
            {
                var key = Fold(names[n]);
                if (claimed.TryGetValue(key, out var owner) && owner.Slug != term.Slug)
                {
                    var at = PositionOf(page, n == 0 ? Keys.Term : $"{Keys.Aliases}[{n - 1}]");
                    context.Diagnostics.Error(at, ErrorCodes.DuplicateAlias,
                        $"'{names[n]}' is already a name of the term '{owner.Slug}' ({owner.Source}); a name may link to one term only");
                    continue;
                }
                claimed.TryAdd(key, (term.Slug, page.Source));
            }
            CheckRelated(page, term.Related, slugs, "term", context);
        }
        context.Glossary = new Glossary(terms);
        return documents;
    }

    /// <summary>
    /// The slugs <c>related</c> may name: every page of the kind, including pages that failed for
    /// another reason (by slug and by file name), whose problem is already reported.
    /// </summary>
    public static HashSet<string> KnownSlugs(IReadOnlyList<Document> documents, string kind) => documents
        .Where(d => d.Kind == kind)
        .SelectMany(d => d.Failed ? [d.GetString(Keys.Slug) ?? "", Path.GetFileNameWithoutExtension(d.Source)] : new[] { d.GetString(Keys.Slug) ?? "" })
        .Where(s => s.Length > 0)
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>Reports every entry of <c>related</c> that names no existing page of the kind.</summary>
    public static void CheckRelated(Document page, IReadOnlyList<string> related, IReadOnlySet<string> slugs, string kind, BuildContext context)
    {
        for (var r = 0; r < related.Count; r++)
        {
            if (slugs.Contains(related[r])) continue;
            var section = kind == "term" ? ContentKinds.Section(ContentKinds.Term) : ContentKinds.Section(ContentKinds.Topic);
            var why = context.Drafts.ContainsKey($"{section}{related[r]}/")
                ? " is a draft, left out unless the build runs with --drafts"
                : $" does not exist{Suggestions.DidYouMean(related[r], slugs)}";
            context.Diagnostics.Error(PositionOf(page, $"{Keys.Related}[{r}]"), ErrorCodes.UnknownReference, $"related {kind} '{related[r]}'{why}");
        }
    }

    public static SourcePosition PositionOf(Document page, string keyPath) =>
        page.Get<IReadOnlyDictionary<string, SourcePosition>>(Keys.Positions)?.GetValueOrDefault(keyPath) is { Path: not null } p
            ? p
            : SourcePosition.StartOf(page.Source);

    private static string Fold(string name) => name.Trim().Replace('\u2019', '\'').ToLowerInvariant();
}

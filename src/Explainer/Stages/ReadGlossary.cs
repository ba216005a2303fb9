using Explainer.Content;
using Explainer.Diagnostics;
using Explainer.Model;
using Explainer.Pipeline;

namespace Explainer.Stages;

/// <summary>
/// Builds the glossary from the term pages. A name or alias may belong to one term only, and
/// every related term must exist; both are checked here, where the positions are known.
/// </summary>
public sealed class ReadGlossary : IStage
{
    public Glossary Process(IReadOnlyList<Document> documents, DraftRegistry drafts, BuildContext context)
    {
        var termPages = documents.Where(d => d.Kind == ContentKinds.Term && d.Matter is TermMatter { Title.Length: > 0 }).ToList();
        var terms = termPages.Select(d =>
        {
            var matter = (TermMatter)d.Matter!;
            return new GlossaryTerm(d.Slug, matter.Title, matter.OtherNames, matter.Short, matter.Related);
        }).ToList();

        var claimed = new Dictionary<string, (string Slug, string Source)>(StringComparer.Ordinal);
        var slugs = RelatedPages.KnownSlugs(documents, ContentKinds.Term);
        for (var i = 0; i < terms.Count; i++)
        {
            var (term, page) = (terms[i], termPages[i]);
            var names = term.Names.ToList();
            for (var n = 0; n < names.Count; n++)
            {
                var key = Fold(names[n]);
                if (claimed.TryGetValue(key, out var owner) && owner.Slug != term.Slug)
                {
                    var at = page.Matter!.At(n == 0 ? "term" : $"aliases[{n - 1}]", page.Source);
                    context.Diagnostics.Error(at, ErrorCodes.DuplicateAlias,
                        $"'{names[n]}' is already a name of the term '{owner.Slug}' ({owner.Source}); a name may link to one term only");
                    continue;
                }
                claimed.TryAdd(key, (term.Slug, page.Source));
            }
            RelatedPages.Check(page, term.Related, slugs, ContentKinds.Term, drafts, context);
        }
        return new Glossary(terms);
    }

    private static string Fold(string name) => name.Trim().Replace('\u2019', '\'').ToLowerInvariant();
}

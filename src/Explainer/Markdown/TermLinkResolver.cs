using Explainer.Diagnostics;
using Explainer.Markdown.TermLinks;
using Explainer.Model;

namespace Explainer.Markdown;

/// <summary>Checks explicit <c>[[slug]]</c> links against the glossary and points them at the term pages.</summary>
public static class TermLinkResolver
{
    /// <returns>The explicit links that resolved, in order.</returns>
    public static List<TermLinkInline> Resolve(IEnumerable<TermLinkInline> links, Glossary glossary, ReportAt report)
    {
        var resolved = new List<TermLinkInline>();
        foreach (var link in links)
        {
            if (link.Error is not null)
            {
                report(link.Span.Start, ErrorCodes.UnknownTerm, link.Error);
                continue;
            }
            if (glossary.Find(link.Slug) is not { } term)
            {
                report(link.Span.Start, ErrorCodes.UnknownTerm,
                    $"unknown glossary term '{link.Slug}'{Suggestions.DidYouMean(link.Slug, glossary.BySlug.Keys)}; terms are the files in input/glossary/");
                continue;
            }
            link.Href = term.Url; // a site path: the HTML renderer's link rewriter adds the link root
            link.Label ??= term.Term;
            resolved.Add(link);
        }
        return resolved;
    }
}

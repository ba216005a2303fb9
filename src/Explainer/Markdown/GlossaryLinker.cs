using Explainer.Markdown.TermLinks;
using Explainer.Model;
using Markdig.Syntax;

namespace Explainer.Markdown;

/// <summary>
/// Links the first mention of each glossary term in a page's prose to its entry
/// (<see cref="MentionLinker{TLink}"/>), never on the term's own page.
/// </summary>
public sealed class GlossaryLinker(Glossary glossary)
{
    private readonly MentionLinker<TermLinkInline> _linker = new(glossary.Matcher, (match, label) =>
        new TermLinkInline { Slug = match.Slug, Label = label, Automatic = true, Href = glossary.BySlug[match.Slug].Url });

    /// <param name="linked">Slugs already linked on the page (e.g. by explicit links); updated.</param>
    /// <param name="ownSlug">The term whose own page this is, never linked to itself.</param>
    /// <returns>The links it inserted, in document order.</returns>
    public List<TermLinkInline> Link(MarkdownDocument document, ISet<string> linked, string? ownSlug)
    {
        if (ownSlug is not null) linked.Add(ownSlug);
        return _linker.Link(document, linked);
    }
}

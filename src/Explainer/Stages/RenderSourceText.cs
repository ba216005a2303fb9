using Explainer.Html;
using Explainer.Markdown;
using Explainer.Model;
using Explainer.Pipeline;
using Explainer.Theme.Views;

namespace Explainer.Stages;

/// <summary>
/// Renders a source's cleaned text for its page: numbered paragraphs with anchors, headings,
/// and glossary terms linked where the editorial summary has not already linked them.
/// </summary>
public sealed class RenderSourceText : DocumentStage
{
    public override Document? Process(Document document, BuildContext context)
    {
        if (document.Kind != ContentKinds.Source) return document;
        var source = context.Library.Find(document.GetString(Keys.Slug) ?? "");
        var facts = document.Get<PageFacts>(Keys.Facts);
        if (source is null || facts is null) return document;

        var linker = new TextLinker(context.Glossary, context.Urls);
        var linked = facts.Terms.Select(t => t.Slug).ToHashSet(StringComparer.Ordinal);
        var mentions = new List<TermMention>();
        var blocks = source.Blocks
            .Select(b => new SourceParagraphView(b.Number, b.Anchor, b.IsHeading ? HtmlText.Escape(b.Text) : linker.Link(b.Text, linked, mentions), b.IsHeading))
            .ToList();
        return document
            .With(Keys.SourceText, blocks)
            .With(Keys.Facts, facts with { Terms = facts.Terms.Concat(mentions).ToList() });
    }
}

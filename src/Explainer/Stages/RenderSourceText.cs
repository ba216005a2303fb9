using Explainer.Html;
using Explainer.Markdown;
using Explainer.Model;
using Explainer.Pipeline;
using Explainer.Theme;
using Explainer.Theme.Views;

namespace Explainer.Stages;

/// <summary>
/// Renders a source's cleaned text for its page: numbered paragraphs with anchors, headings,
/// and glossary terms linked where the editorial summary has not already linked them.
/// </summary>
public sealed class RenderSourceText(SiteModel site) : DocumentStage
{
    public override Document? Process(Document document, BuildContext context)
    {
        if (document.Kind != ContentKinds.Source) return document;
        var source = site.Library.Find(document.Slug);
        var facts = document.Get(Keys.Facts);
        if (source is null || facts is null) return document;

        var linker = new TextLinker(site.Glossary, site.Urls);
        var linked = facts.Terms.Select(t => t.Slug).ToHashSet(StringComparer.Ordinal);
        var mentions = new List<TermMention>();
        var blocks = source.Blocks
            .Select(b => new SourceParagraphView(b.Number, b.Anchor, RawHtml.From(b.IsHeading ? HtmlText.Escape(b.Text) : linker.Link(b.Text, linked, mentions)), b.IsHeading))
            .ToList();
        var countries = source.Blocks.Where(b => !b.IsHeading).SelectMany(b => CountriesIn(b, source.Id)).ToList();
        return document
            .With(Keys.SourceText, blocks)
            .With(Keys.Facts, facts with { Terms = facts.Terms.Concat(mentions).ToList(), CountryParagraphs = countries });
    }

    // Every country a paragraph names, once, with the first sentence that names it.
    private IEnumerable<CountryParagraph> CountriesIn(SourceBlock block, string sourceId)
    {
        var sentences = Checks.SentenceSplitter.Split(block.Text);
        foreach (var match in site.Countries.Matcher.FindAll(block.Text).DistinctBy(m => m.Slug))
        {
            var (start, end) = sentences.LastOrDefault(s => s.Start <= match.Start, (Start: 0, End: block.Text.Length));
            yield return new CountryParagraph(match.Slug, sourceId, block.Number, block.Text[start..end]);
        }
    }
}

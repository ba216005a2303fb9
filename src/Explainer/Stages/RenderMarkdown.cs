using Explainer.Diagnostics;
using Explainer.Markdown;
using Explainer.Model;
using Explainer.Pipeline;

namespace Explainer.Stages;

/// <summary>
/// Renders each page's Markdown body with citations, term links and shortcodes resolved, and
/// records the facts other pages need (terms mentioned, paragraphs cited, notes shown).
/// Problems are mapped from Markdown positions back to the file's line and column. Country pages
/// are rendered in a second pass, once every other page has said what it says about them.
/// </summary>
/// <param name="countryPages">True for the pass that renders country pages, false for the one that renders everything else.</param>
public sealed class RenderMarkdown(SiteModel site, bool countryPages = false) : DocumentStage
{
    private readonly PageMarkdown _markdown = new(site);

    public override Document? Process(Document document, BuildContext context)
    {
        if (document.Get(Keys.Body) is not { } body || (document.Kind == ContentKinds.Country) != countryPages) return document;
        var bodyLine = document.Get(Keys.BodyLine);
        var ownTerm = document.Kind == ContentKinds.Term ? document.Slug : null;
        var ownCountry = document.Kind == ContentKinds.Country ? document.Slug : null;

        // Rendering reads the body, the page's identity and the cross-document model: all in the key.
        string Key() => ContentHash.Of(document.Source, document.Url, document.Kind, ownTerm, bodyLine.ToString(), context.Cache!.FingerprintOf(body),
            site.Glossary.Fingerprint, site.Library.Fingerprint, site.Discrepancies.Fingerprint, site.Countries.Fingerprint, site.Timeline.Fingerprint,
            site.Series.Fingerprint, site.Urls.LinkRoot);
        var editorsUntil = document.Metadata.Has(Keys.EditorsUntil) ? document.Get(Keys.EditorsUntil) : int.MaxValue;
        var rendered = context.Cached(nameof(RenderMarkdown), Key, diagnostics => _markdown.Render(body, (line, column, code, message) =>
            diagnostics.Error(new SourcePosition(document.Source, bodyLine + line, column + 1), code, message), ownTerm, ownCountry: ownCountry, editorsUntil: editorsUntil));
        EditorialDiagnostics.Report(rendered.Review, body, bodyLine, document.Source, document.Kind, site.Settings, context.Diagnostics);

        // A source's summary citing the source's own paragraphs is not another page citing them: no "cited in" itself.
        var ownSource = document.Kind == ContentKinds.Source ? document.Slug : null;
        var facts = new PageFacts(document.Url, document.Title, document.Kind,
            rendered.Terms,
            rendered.References.Where(r => r.Paragraph is not null && r.SourceId != ownSource)
                .SelectMany(r => Enumerable.Range(r.Paragraph!.Value, (r.ParagraphEnd ?? r.Paragraph.Value) - r.Paragraph.Value + 1)
                    .Select(p => new CitedParagraph(r.SourceId, p)))
                .ToList(),
            rendered.Discrepancies) { Countries = rendered.Countries };
        var metadata = document.Metadata
            .With(Keys.Html, rendered.Html)
            .With(Keys.Toc, rendered.Toc)
            .With(Keys.References, rendered.References)
            .With(Keys.Facts, facts)
            .With(Keys.Review, rendered.Review)
            .With(Keys.Body, null); // rendered: the Markdown is no longer needed
        // Nor are frontmatter positions, which only the model stages report with: a big site keeps less.
        if (document.Matter is { } matter) metadata = metadata.With(Keys.Matter, matter with { Positions = NoPositions });
        return document with { Metadata = metadata };
    }

    private static readonly IReadOnlyDictionary<string, SourcePosition> NoPositions = new Dictionary<string, SourcePosition>();
}

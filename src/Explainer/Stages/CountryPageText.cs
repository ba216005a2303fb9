using System.Text;
using Explainer.Markdown;
using Explainer.Markdown.Citations;
using Explainer.Model;
using Explainer.Pipeline;

namespace Explainer.Stages;

/// <summary>
/// The part of a country's page the build writes: every statement of the series that mentions
/// the country (each linked to its place and cited as on its page), grouped by topic in series
/// order; the source paragraphs that name it; the discrepancies that concern it; related terms.
/// Data text is escaped so it reads exactly as written.
/// </summary>
public static class CountryPageText
{
    public static string Body(Country country, LinkedSite linked)
    {
        var (site, backlinks) = (linked.Site, linked.Backlinks);
        var text = new StringBuilder();
        var statements = backlinks.StatementsAbout(country.Slug).Where(s => s.Kind == ContentKinds.Topic && s.Citations.Count > 0).ToList();
        if (statements.Count > 0)
        {
            text.Append("\n\n## What the series says\n");
            foreach (var entry in site.Series.Entries)
            {
                var inTopic = statements.Where(s => s.Url == entry.Url).ToList();
                if (inTopic.Count == 0) continue;
                text.Append("\n### [").Append(DataText.Escape(entry.Title)).Append("](").Append(entry.Url).Append(")\n\n");
                foreach (var statement in inTopic)
                {
                    var place = statement.Citations.Count > 0 ? $"{statement.Url}#{statement.Citations[0].OccurrenceId}" : statement.Url;
                    text.Append("- [").Append(DataText.Escape(statement.Sentence)).Append("](").Append(place).Append(')')
                        .Append(Cite(statement.Citations)).Append('\n');
                }
            }
        }
        var paragraphs = backlinks.ParagraphsAbout(country.Slug);
        if (paragraphs.Count > 0)
        {
            text.Append("\n## In the sources\n\n");
            foreach (var paragraph in paragraphs)
            {
                var title = site.Library.Find(paragraph.SourceId)?.Citation.DisplayTitle ?? paragraph.SourceId;
                text.Append("- *").Append(DataText.Escape(title)).Append("*, ¶").Append(paragraph.Paragraph).Append(": “")
                    .Append(DataText.Escape(paragraph.Sentence)).Append("” [@").Append(paragraph.SourceId).Append(", ¶").Append(paragraph.Paragraph).Append("]\n");
            }
        }
        var disputes = site.Discrepancies.All.Where(d => Concerns(d, country, site.Countries)).ToList();
        if (disputes.Count > 0)
        {
            text.Append("\n## Where the sources disagree\n\n");
            foreach (var dispute in disputes)
                text.Append("- [").Append(DataText.Escape(Capitalised(dispute.Fact))).Append("](/discrepancies/#").Append(dispute.Anchor).Append(")\n");
        }
        var terms = RelatedTerms(country, statements, backlinks, site.Glossary);
        if (terms.Count > 0)
        {
            text.Append("\n## Related terms\n\n");
            foreach (var term in terms) text.Append("- [[").Append(term.Slug).Append("]]: ").Append(DataText.Escape(term.Short)).Append('\n');
        }
        return text.ToString();
    }

    private static string Cite(IReadOnlyList<StatementCitation> citations) => citations.Count == 0 ? "" :
        " [" + string.Join("; ", citations.Select(c => "@" + c.SourceId + (c.Paragraph is null ? "" : ", " + CitationSyntax.Locator(c.Paragraph, c.ParagraphEnd)))) + "]";

    // A discrepancy concerns a country when its fact, a source's version of it or its note names the country.
    private static bool Concerns(Discrepancy discrepancy, Country country, CountryCatalog countries)
    {
        var said = string.Join("\n", discrepancy.Claims.Select(c => c.Says).Append(discrepancy.Fact).Append(discrepancy.Note ?? ""));
        return countries.Matcher.FindAll(said).Any(m => m.Slug == country.Slug);
    }

    // Terms whose own entry names the country, and terms the series' statements about it name.
    private static List<GlossaryTerm> RelatedTerms(Country country, List<CountryStatement> statements, Backlinks backlinks, Glossary glossary)
    {
        var named = statements.SelectMany(s => glossary.Matcher.FindAll(s.Sentence)).Select(m => m.Slug).ToHashSet(StringComparer.Ordinal);
        var ownEntries = backlinks.StatementsAbout(country.Slug).Where(s => s.Kind == ContentKinds.Term).Select(s => s.Url).ToHashSet(StringComparer.Ordinal);
        return glossary.Alphabetical().Where(t => named.Contains(t.Slug) || ownEntries.Contains(t.Url)).ToList();
    }

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}

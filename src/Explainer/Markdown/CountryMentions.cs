using Explainer.Checks;
using Explainer.Model;

namespace Explainer.Markdown;

/// <summary>
/// Finds every sentence of a page's prose that mentions a country (by any of its names, as
/// written, in the author's own words: not in links, headings, code or quotations) and keeps it
/// with the citations of that sentence: a statement the country's page can list and link to.
/// </summary>
public static partial class CountryMentions
{
    /// <param name="paragraphs">The page's prose (<see cref="ProseText.Of"/>).</param>
    public static List<CountryMention> In(IReadOnlyList<ProseText> paragraphs, CountryCatalog countries)
    {
        var mentions = new List<CountryMention>();
        if (countries.IsEmpty) return mentions;
        foreach (var prose in paragraphs)
        {
            List<(int Start, int End)>? sentences = null; // split only where a country is named
            foreach (var match in countries.Matcher.FindAll(prose.Text))
            {
                if (!prose.Own[match.Start]) continue;
                sentences ??= SentenceSplitter.Split(prose.Text);
                var sentence = sentences.FindLastIndex(s => s.Start <= match.Start);
                if (sentence < 0) continue;
                var (start, end) = sentences[sentence];
                var nextStart = sentence + 1 < sentences.Count ? sentences[sentence + 1].Start : prose.Text.Length + 1;
                var citations = prose.Citations
                    .Where(c => c.Offset >= start && c.Offset < nextStart)
                    .SelectMany(c => c.Citation.Items.Where(i => i.OccurrenceId.Length > 0)
                        .Select(i => new StatementCitation(i.SourceId, i.Paragraph, i.ParagraphEnd, i.OccurrenceId)))
                    .ToList();
                // A citation marker leaves a space before the full stop it stood before: "market [@a]." reads "market."
                var text = SpaceBeforePunctuation().Replace(Whitespace().Replace(prose.Text[start..end], " ").Trim(), "$1");
                if (!mentions.Any(m => m.Slug == match.Slug && m.Sentence == text)) mentions.Add(new CountryMention(match.Slug, text, citations));
            }
        }
        return mentions;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\s+")]
    private static partial System.Text.RegularExpressions.Regex Whitespace();

    [System.Text.RegularExpressions.GeneratedRegex(@"\s+([.,;:!?])")]
    private static partial System.Text.RegularExpressions.Regex SpaceBeforePunctuation();
}

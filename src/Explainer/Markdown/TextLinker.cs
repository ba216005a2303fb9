using Explainer.Html;
using System.Text;
using Explainer.Model;
using Explainer.Settings;

namespace Explainer.Markdown;

/// <summary>
/// Links glossary terms in plain text (a source's cleaned paragraphs) the same way the
/// Markdown linker does: first mention per page, longest match, whole words, never inside
/// quotation marks. Returns escaped HTML.
/// </summary>
public sealed class TextLinker(Glossary glossary, SiteUrls urls)
{
    /// <param name="linked">Terms already linked on the page; updated.</param>
    /// <param name="mentions">Receives each newly linked term with its sentence.</param>
    public string Link(string text, ISet<string> linked, List<TermMention> mentions)
    {
        var quoted = new QuoteTracker().Scan(text);
        var html = new StringBuilder(text.Length + 64);
        var position = 0;
        foreach (var match in glossary.Matcher.FindAll(text))
        {
            if (quoted[match.Start] || !linked.Add(match.Slug)) continue;
            html.Append(HtmlText.Escape(text[position..match.Start]));
            var term = glossary.BySlug[match.Slug];
            html.Append("<a class=\"term\" href=\"").Append(HtmlText.Escape(urls.Link(term.Url)))
                .Append("\" data-term=\"").Append(term.Slug).Append("\">")
                .Append(HtmlText.Escape(text.Substring(match.Start, match.Length))).Append("</a>");
            mentions.Add(new TermMention(match.Slug, MentionSentence.Extract(text, match.Start)));
            position = match.Start + match.Length;
        }
        html.Append(HtmlText.Escape(text[position..]));
        return html.ToString();
    }
}

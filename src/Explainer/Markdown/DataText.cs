using System.Net;
using System.Text;
using Explainer.Model;

namespace Explainer.Markdown;

/// <summary>The Markdown that shortcodes expand to, written from the site's data: data text is escaped so it renders exactly as written.</summary>
public static class DataText
{
    /// <summary>A discrepancy note: each source's version with its citation, the note, a link to all of them.</summary>
    public static string DiscrepancyNote(Discrepancy discrepancy, SourceLibrary library)
    {
        var text = new StringBuilder();
        text.Append("**Sources disagree:** ").Append(Escape(discrepancy.Fact)).Append("\n\n");
        foreach (var claim in discrepancy.Claims)
        {
            var title = library.Find(claim.SourceId)?.Citation.DisplayTitle ?? claim.SourceId;
            text.Append("- *").Append(Escape(title)).Append("*: ").Append(Escape(claim.Says))
                .Append(" [@").Append(claim.SourceId).Append(", ¶").Append(claim.Paragraph).Append("]\n");
        }
        if (discrepancy.Note is { } note) text.Append('\n').Append(note).Append('\n');
        text.Append("\n[All the places the sources disagree](/discrepancies/#").Append(discrepancy.Anchor).Append(")\n");
        return text.ToString();
    }

    /// <summary>A timeline event: its date (machine-readable too), its text, and the topics that discuss it.</summary>
    public static string Event(TimelineEvent @event, Series series)
    {
        var text = new StringBuilder("<p class=\"event__date\">");
        if (@event.When is { } when) text.Append(Time(@event.Dates[0], when));
        else text.Append(string.Join(" or ", @event.Dates.Select(d => Time(d, d.ToLongText()))));
        text.Append("</p>\n\n").Append(@event.Text).Append("\n\n");
        var topics = @event.Topics.Select(series.Find).OfType<SeriesEntry>().ToList();
        if (topics.Count > 0)
            text.Append("Discussed in ").Append(string.Join(", ", topics.Select(t => $"[{Escape(t.Title)}]({t.Url})"))).Append(".\n");
        return text.ToString();
    }

    private static string Time(Data.PartialDate date, string label) => $"<time datetime=\"{date}\">{WebUtility.HtmlEncode(label)}</time>";

    /// <summary>Backslash-escapes Markdown punctuation so data text renders exactly as written.</summary>
    public static string Escape(string plain)
    {
        var builder = new StringBuilder(plain.Length + 8);
        foreach (var c in plain)
        {
            if (char.IsAsciiLetterOrDigit(c) || c > 127 || char.IsWhiteSpace(c)) builder.Append(c == '\n' ? ' ' : c);
            else builder.Append('\\').Append(c);
        }
        return builder.ToString();
    }
}

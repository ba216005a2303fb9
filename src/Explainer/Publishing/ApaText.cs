using System.Globalization;
using Explainer.Model;

namespace Explainer.Publishing;

/// <summary>
/// An APA-like reference line: Author, A. (Year, Month Day). Title. Publication. URL.
/// Unknown parts follow APA's conventions: no author starts with the title, no date is "(n.d.)".
/// </summary>
public static class ApaText
{
    public static string Of(SourceCitation source)
    {
        var title = source.TitleSupplied ? $"[{source.Title}]" : source.Title;
        var date = source.Issued is null ? "(n.d.)" : $"({Date(source.Issued)})";
        var parts = new List<string>();
        if (source.Authors.Count > 0) parts.Add($"{Authors(source.Authors)} {date}. {Sentence(title)}");
        else parts.Add($"{Sentence(title)} {date}.");
        if (source.ContainerTitle is { } container) parts.Add(Sentence(container));
        if (source.Publisher is { } publisher && publisher != source.ContainerTitle) parts.Add(Sentence(publisher));
        if (source.Url is { } url) parts.Add(url);
        return string.Join(' ', parts);
    }

    public static string Of(PageCitation page)
    {
        var author = page.Author ?? page.SiteTitle;
        var date = page.Issued is { } d ? d.ToString("yyyy, MMMM d", CultureInfo.InvariantCulture) : "n.d.";
        return $"{Sentence(author)} ({date}). {Sentence(page.Title)} {Sentence(page.SiteTitle)} {page.Url}";
    }

    private static string Authors(IReadOnlyList<PersonName> authors) => authors.Count switch
    {
        1 => authors[0].Inverted(),
        2 => $"{authors[0].Inverted()}, & {authors[1].Inverted()}",
        _ => string.Join(", ", authors.Take(authors.Count - 1).Select(a => a.Inverted())) + $", & {authors[^1].Inverted()}",
    };

    private static string Date(Data.PartialDate date) => date.Month is null
        ? date.Year.ToString(CultureInfo.InvariantCulture)
        : date.Day is null
            ? $"{date.Year}, {CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(date.Month.Value)}"
            : $"{date.Year}, {CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(date.Month.Value)} {date.Day}";

    private static string Sentence(string text) => text.EndsWith('.') || text.EndsWith('?') || text.EndsWith('!') ? text : text + ".";
}

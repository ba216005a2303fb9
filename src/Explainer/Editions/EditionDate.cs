using Explainer.Pipeline;

namespace Explainer.Editions;

/// <summary>
/// The date a build's files carry wherever a format asks for one (the feed's updated time, the
/// e-book's date, the zip's file times): the newest date the content gives (<c>updated</c>, else
/// <c>date</c>), or SOURCE_DATE_EPOCH (the reproducible-builds convention), or the Unix epoch;
/// never the clock, so the same input gives the same bytes.
/// </summary>
public static class EditionDate
{
    public static DateOnly Of(IEnumerable<Document> documents)
    {
        // A draft's date is not the site's: a draft is never published.
        var dated = documents.Where(d => !d.IsDraft).Select(LastChange).Where(d => d is not null).Max();
        if (dated is { } newest) return newest;
        return long.TryParse(Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH"), out var seconds)
            ? DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime)
            : new DateOnly(1970, 1, 1);
    }

    /// <summary>When the page last changed, as its frontmatter says: <c>updated</c>, else <c>date</c>.</summary>
    public static DateOnly? LastChange(Document document) => document.Matter?.Updated ?? document.Matter?.Date;
}

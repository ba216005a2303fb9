using Explainer.Data;

namespace Explainer.Model;

/// <summary>
/// A dated event the sources report. <paramref name="Dates"/> holds one date, or each date the
/// sources give when they disagree (then <paramref name="Discrepancy"/> names the note that says so).
/// </summary>
/// <param name="When">The date as the sources word it ("early 2017"), shown instead of the plain date.</param>
/// <param name="Text">Markdown with citations.</param>
public sealed record TimelineEvent(string Id, IReadOnlyList<PartialDate> Dates, string? When, string Text, IReadOnlyList<string> Topics, string? Discrepancy)
{
    public string Anchor => $"event-{Id}";
}

/// <summary>The events in date order (the earliest date an event is given), then by id.</summary>
public sealed class Timeline(IEnumerable<TimelineEvent> events)
{
    public static readonly Timeline Empty = new([]);

    public IReadOnlyList<TimelineEvent> Events { get; } = events.OrderBy(e => e.Dates[0]).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();

    /// <summary>A fingerprint of what rendering the timeline reads.</summary>
    public string Fingerprint => _fingerprint ??= Pipeline.ContentHash.Of(Events.SelectMany(e =>
        new[] { e.Id, e.When, e.Text, e.Discrepancy, string.Join(",", e.Dates), string.Join(",", e.Topics), "\u001e" }));

    private string? _fingerprint;
}

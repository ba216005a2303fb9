using Explainer.Data;
using Explainer.Diagnostics;
using Explainer.IO;
using Explainer.Model;
using Explainer.Pipeline;

namespace Explainer.Stages;

/// <summary>
/// Reads input/data/timeline.yml: the dated events the sources report, each with its text and
/// citations, the topics that discuss it and, where sources give different dates, both dates and
/// the discrepancy that explains them. Every reference is checked here, at its place in the file.
/// </summary>
public sealed class ReadTimeline : IStage
{
    public const string DataFile = "data/timeline.yml";

    public Timeline Process(SourceLibrary library, Series series, DiscrepancyRegistry discrepancies, Settings.SiteSettings settings, BuildContext context)
    {
        var path = Path.Combine(context.InputFolder, DataFile);
        if (!File.Exists(path) || !LinkRefusal.IsInside(context, path)) return Timeline.Empty;
        var at = SourcePosition.StartOf(context.Relative(path));
        var (status, text, error) = TextFile.Read(path);
        if (status != TextFile.Status.Ok)
        {
            if (status != TextFile.Status.Empty) context.Diagnostics.Error(at, TextFile.CodeOf(status), $"cannot read the file: {error}");
            return Timeline.Empty;
        }
        if (!YamlText.TryParse(text!, at, context.Diagnostics, ErrorCodes.YamlSyntax, out var root)) return Timeline.Empty;
        var data = new SchemaValidator(at, context.Diagnostics, SchemaCodes.Frontmatter).ValidateRoot(root, Schema.Load("timeline"));
        var items = data.Values.GetValueOrDefault("events") as IReadOnlyList<object?> ?? [];
        var events = new List<TimelineEvent>();
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not IReadOnlyDictionary<string, object?> item) continue;
            SourcePosition At(string key) => data.Positions.GetValueOrDefault($"events[{i}].{key}", at);
            var dates = item.GetValueOrDefault("date") switch
            {
                PartialDate one => [one],
                IEnumerable<object?> several => several.OfType<PartialDate>().ToList(),
                _ => new List<PartialDate>(),
            };
            var topics = (item.GetValueOrDefault("topics") as IEnumerable<object?>)?.OfType<string>().ToList() ?? [];
            var @event = new TimelineEvent(item.GetValueOrDefault("id") as string ?? "", dates, item.GetValueOrDefault("when") as string,
                item.GetValueOrDefault("text") as string ?? "", topics, item.GetValueOrDefault("discrepancy") as string);
            if (dates.Count == 0 || @event.Id.Length == 0) continue; // reported by the schema
            if (events.Any(e => e.Id == @event.Id))
            {
                context.Diagnostics.Error(At("id"), ErrorCodes.InvalidValue, $"the id '{@event.Id}' is used by another event");
                continue;
            }
            Check(@event, At, series, discrepancies, context.Diagnostics);
            DataMarkdown.Check(@event.Text, At("text"), text!, library, context.Diagnostics, settings);
            events.Add(@event);
        }
        return new Timeline(events);
    }

    private static void Check(TimelineEvent @event, Func<string, SourcePosition> at, Series series, DiscrepancyRegistry discrepancies, DiagnosticBag diagnostics)
    {
        var slugs = series.Entries.Select(e => e.Slug).ToList();
        for (var t = 0; t < @event.Topics.Count; t++)
        {
            if (series.Find(@event.Topics[t]) is null)
                diagnostics.Error(at($"topics[{t}]"), ErrorCodes.UnknownReference, $"topic '{@event.Topics[t]}' does not exist{Suggestions.DidYouMean(@event.Topics[t], slugs)}");
        }
        if (@event.Discrepancy is { } id && discrepancies.Find(id) is null)
            diagnostics.Error(at("discrepancy"), ErrorCodes.UnknownDiscrepancy,
                $"unknown discrepancy '{id}'{Suggestions.DidYouMean(id, discrepancies.All.Select(d => d.Id))}; discrepancies are listed in input/data/discrepancies.yml");
        if (@event.Dates.Count > 1 && @event.Discrepancy is null)
            diagnostics.Error(at("date"), ErrorCodes.InvalidValue, "a list of dates means the sources disagree; name the discrepancy that says so (discrepancy: ID)");
    }
}

using Explainer.Checks;
using Explainer.Tests.Support;

namespace Explainer.Tests.Checks;

/// <summary>
/// Test support: the real sources' paragraphs as a build of the site numbers and shows them. A citation of a whole
/// source resolves to one text: the source's reference data (title, authors, date) and all its paragraphs.
/// </summary>
public sealed class BuiltSources
{
    private readonly Dictionary<string, SortedDictionary<int, string>> _paragraphs = [];
    private readonly Dictionary<string, string> _reference = [];

    public BuiltSources(RealSiteBuild build)
    {
        foreach (var page in build.Pages("sources"))
        {
            var id = Path.GetFileName(Path.GetDirectoryName(page))!;
            var html = build.Html(page);
            _paragraphs[id] = new SortedDictionary<int, string>(html.QuerySelectorAll("div.para[id^='p']").ToDictionary(
                div => int.Parse(div.Id![1..]),
                div => div.QuerySelector(".para__text")!.TextContent));
            var meta = html.QuerySelectorAll(".citation-meta dd").Where(dd => dd.QuerySelector(".not-stated") is null).Select(dd => dd.TextContent.Trim());
            _reference[id] = string.Join(". ", meta.Prepend(html.QuerySelector("h1")!.TextContent.Trim()));
        }
    }

    public IEnumerable<string> Ids => _paragraphs.Keys;

    public IEnumerable<CitedText> Resolve(MarkdownProse.CitedItem item)
    {
        if (!_paragraphs.TryGetValue(item.SourceId, out var paragraphs))
            throw new InvalidOperationException($"no built source '{item.SourceId}'");
        if (item.From is not { } from)
            return [new CitedText(item.SourceId, string.Join("\n", paragraphs.Values.Prepend(_reference[item.SourceId])))];
        return Enumerable.Range(from, (item.To ?? from) - from + 1)
            .Select(n => new CitedText($"{item.SourceId} ¶{n}", paragraphs.TryGetValue(n, out var text) ? text : throw new InvalidOperationException($"{item.SourceId} has no ¶{n}")));
    }
}

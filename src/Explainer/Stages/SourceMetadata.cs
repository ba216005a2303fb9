using Explainer.Data;
using Explainer.Model;
using Explainer.Pipeline;

namespace Explainer.Stages;

/// <summary>Reads a source page's validated frontmatter into its citation and cleanup rules.</summary>
public static class SourceMetadata
{
    public static SourceCitation Citation(Document document)
    {
        var m = document.Metadata;
        return new SourceCitation
        {
            Id = document.GetString(Keys.Slug) ?? Path.GetFileNameWithoutExtension(document.Source),
            Title = m.GetString(Keys.Title, ""),
            TitleSupplied = m.GetBool("title-supplied"),
            Type = m.GetString("type", "document"),
            ContainerTitle = m.GetString("container-title"),
            Authors = (m.Get<IReadOnlyList<object?>>("author") ?? []).Select(Name).OfType<PersonName>().ToList(),
            Issued = m.Get<PartialDate>("issued"),
            Accessed = m.Get<DateOnly?>("accessed"),
            Url = m.GetString("URL"),
            Publisher = m.GetString("publisher"),
            PublisherPlace = m.GetString("publisher-place"),
            Language = m.GetString("language"),
        };
    }

    public static CleanupRules Cleanup(Document document)
    {
        if (document.Get<IReadOnlyDictionary<string, object?>>("cleanup") is not { } cleanup) return CleanupRules.None;
        return new CleanupRules
        {
            Drop = Items(cleanup, "drop").Select(item => item.Value switch
            {
                string text => new DropRule(text, false, item.Path),
                IReadOnlyDictionary<string, object?> rule => new DropRule(rule.GetValueOrDefault("starts-with") as string ?? "", true, item.Path),
                _ => null,
            }).OfType<DropRule>().Where(r => r.Text.Length > 0).ToList(),
            Headings = Items(cleanup, "headings").Where(i => i.Value is string).Select(i => new TextRule((string)i.Value!, i.Path)).ToList(),
            Replace = Items(cleanup, "replace").Select(i => i.Value as IReadOnlyDictionary<string, object?>)
                .Select((rule, index) => rule is null ? null : new ReplaceRule(rule.GetValueOrDefault("find") as string ?? "", rule.GetValueOrDefault("with") as string ?? "", $"cleanup.replace[{index}]"))
                .OfType<ReplaceRule>().Where(r => r.Find.Length > 0).ToList(),
            FootnoteMarkers = cleanup.GetValueOrDefault("footnote-markers") is true,
        };
    }

    private static IEnumerable<(object? Value, string Path)> Items(IReadOnlyDictionary<string, object?> cleanup, string key) =>
        (cleanup.GetValueOrDefault(key) as IReadOnlyList<object?> ?? []).Select((value, index) => (value, $"cleanup.{key}[{index}]"));

    private static PersonName? Name(object? value) => value switch
    {
        string written => PersonName.Parse(written),
        IReadOnlyDictionary<string, object?> parts => new PersonName(parts.GetValueOrDefault("family") as string, parts.GetValueOrDefault("given") as string, parts.GetValueOrDefault("literal") as string),
        _ => null,
    };
}

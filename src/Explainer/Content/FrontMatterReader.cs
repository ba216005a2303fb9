using Explainer.Data;
using Explainer.Model;

namespace Explainer.Content;

/// <summary>
/// Turns a page's schema-checked frontmatter values into its kind's typed record. The schema has
/// already reported every wrong type, so a value of another type here is simply left out.
/// </summary>
public static class FrontMatterReader
{
    /// <param name="kind">topic, term, source or page.</param>
    /// <param name="fileSlug">The file name without .md: a source's id unless its frontmatter sets a slug.</param>
    public static FrontMatter Read(string kind, ValidatedData data, string fileSlug)
    {
        var v = data.Values;
        return kind switch
        {
            "topic" => Common(new TopicMatter { Title = Text(v, "title") }, v, data) with
            {
                Order = v.GetValueOrDefault("order") as int?,
                Countries = List(v, "countries"),
                Related = List(v, "related"),
            },
            "term" => Common(new TermMatter { Title = Text(v, "term"), Short = Text(v, "short") }, v, data) with
            {
                OtherNames = List(v, "aliases"),
                Related = List(v, "related"),
                RedirectFrom = [],
            },
            "source" => Common(new SourceMatter
            {
                Title = Text(v, "title"),
                Seed = Text(v, "seed"),
                Citation = Citation(v, v.GetValueOrDefault("slug") as string ?? fileSlug),
                Cleanup = Cleanup(v),
            }, v, data),
            "country" => Common(new CountryMatter { Title = Text(v, "title"), Code = Text(v, "country") }, v, data),
            _ => Common(new PageMatter { Title = Text(v, "title") }, v, data),
        };
    }

    private static T Common<T>(T matter, IReadOnlyDictionary<string, object?> v, ValidatedData data) where T : FrontMatter => matter with
    {
        Description = v.GetValueOrDefault("description") as string,
        Date = v.GetValueOrDefault("date") as DateOnly?,
        Updated = v.GetValueOrDefault("updated") as DateOnly?,
        Draft = v.GetValueOrDefault("draft") is true,
        Slug = v.GetValueOrDefault("slug") as string,
        Layout = v.GetValueOrDefault("layout") as string,
        Tags = List(v, "tags"),
        RedirectFrom = List(v, "aliases"),
        Params = v.GetValueOrDefault("params") as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>(),
        Positions = data.Positions,
    };

    private static string Text(IReadOnlyDictionary<string, object?> values, string key) => values.GetValueOrDefault(key) as string ?? "";

    private static IReadOnlyList<string> List(IReadOnlyDictionary<string, object?> values, string key) =>
        (values.GetValueOrDefault(key) as IEnumerable<object?>)?.OfType<string>().ToList() ?? [];

    private static SourceCitation Citation(IReadOnlyDictionary<string, object?> v, string id) => new()
    {
        Id = id,
        Title = Text(v, "title"),
        TitleSupplied = v.GetValueOrDefault("title-supplied") is true,
        Type = v.GetValueOrDefault("type") as string ?? "document",
        ContainerTitle = v.GetValueOrDefault("container-title") as string,
        Authors = (v.GetValueOrDefault("author") as IReadOnlyList<object?> ?? []).Select(Name).OfType<PersonName>().ToList(),
        Issued = v.GetValueOrDefault("issued") as PartialDate,
        Accessed = v.GetValueOrDefault("accessed") as DateOnly?,
        Url = v.GetValueOrDefault("URL") as string,
        Publisher = v.GetValueOrDefault("publisher") as string,
        PublisherPlace = v.GetValueOrDefault("publisher-place") as string,
        Language = v.GetValueOrDefault("language") as string,
    };

    private static PersonName? Name(object? value) => value switch
    {
        string written => PersonName.Parse(written),
        IReadOnlyDictionary<string, object?> parts => new PersonName(parts.GetValueOrDefault("family") as string, parts.GetValueOrDefault("given") as string, parts.GetValueOrDefault("literal") as string),
        _ => null,
    };

    private static CleanupRules Cleanup(IReadOnlyDictionary<string, object?> v)
    {
        if (v.GetValueOrDefault("cleanup") is not IReadOnlyDictionary<string, object?> cleanup) return CleanupRules.None;
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
}

namespace Explainer.Stages;

/// <summary>
/// Which kind of page a content file is, decided by its folder under input/, and the schema
/// its frontmatter must follow: topics/ hold the series, glossary/ the terms, sources/ the
/// source documents, countries/ the summaries of countries; Markdown files directly in input/ are
/// stand-alone pages (index.md is home).
/// </summary>
public static class ContentKinds
{
    public const string Topic = "topic";
    public const string Term = "term";
    public const string Source = "source";
    public const string Page = "page";
    public const string Country = "country";

    /// <summary>The kind of an input-relative path such as "topics/a.md", or null when it is not content.</summary>
    public static string? Of(string inputRelativePath)
    {
        var parts = inputRelativePath.Split('/');
        if (!parts[^1].EndsWith(".md", StringComparison.OrdinalIgnoreCase)) return null;
        return parts.Length == 1 ? Page : parts[0] switch
        {
            "topics" => Topic,
            "glossary" => Term,
            "sources" => Source,
            "countries" => Country,
            _ => Page,
        };
    }

    /// <summary>The URL section of a kind: "/topics/", "/glossary/", "/sources/" or "/" for pages.</summary>
    public static string Section(string kind) => kind switch
    {
        Topic => "/topics/",
        Term => "/glossary/",
        Source => "/sources/",
        Country => "/countries/",
        _ => "/",
    };
}

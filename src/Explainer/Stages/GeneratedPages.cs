namespace Explainer.Stages;

/// <summary>
/// The pages the generator makes itself, by URL, with their layout and the theme section that
/// names them (theme/theme.yml gives each its title and description). A content page at the same
/// URL (e.g. input/glossary.md) takes the generated page's place: its title and body introduce
/// the generated list.
/// </summary>
public static class GeneratedPages
{
    public sealed record Page(string Url, string Layout, string Section);

    public static readonly IReadOnlyList<Page> All =
    [
        new("/", "home", "home"),
        new("/topics/", "topics", "topics"),
        new("/glossary/", "glossary", "glossary"),
        new("/sources/", "sources", "sources"),
        new("/tags/", "tags", "tags"),
        new("/discrepancies/", "discrepancies", "discrepancies"),
        new("/countries/", "countries", "countries"),
        new("/timeline/", "timeline", "timeline"),
        new("/search/", "search", "search"),
        new("/download/", "download", "download"),
        new("/404.html", "404", "404"),
    ];

    /// <summary>The site path of a section the theme names in its menus ("glossary" is "/glossary/").</summary>
    public static string? UrlOf(string section) => All.FirstOrDefault(p => p.Section == section)?.Url;

    /// <summary>The layout a content page uses when its frontmatter names none.</summary>
    public static string DefaultLayout(string kind, string url) => kind switch
    {
        ContentKinds.Topic => "topic",
        ContentKinds.Term => "term",
        ContentKinds.Source => "source",
        ContentKinds.Country => "country",
        "redirect" => "redirect",
        _ => All.FirstOrDefault(p => p.Url == url)?.Layout ?? "page",
    };
}

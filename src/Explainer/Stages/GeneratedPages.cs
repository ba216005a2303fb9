namespace Explainer.Stages;

/// <summary>
/// The pages the generator makes itself, by URL, with their layout and default title. A content
/// page at the same URL (e.g. input/glossary.md) takes the generated page's place: its title and
/// body introduce the generated list.
/// </summary>
public static class GeneratedPages
{
    public sealed record Page(string Url, string Layout, string Title, string Description);

    public static readonly IReadOnlyList<Page> All =
    [
        new("/", "home", "", ""),
        new("/topics/", "topics", "The series", "Every topic of the series, in reading order."),
        new("/glossary/", "glossary", "Glossary", "The terms used across the series, from A to Z, with plain definitions."),
        new("/sources/", "sources", "Sources", "The documents every claim on this site rests on, with their full text."),
        new("/tags/", "tags", "Tags", "Topics grouped by subject."),
        new("/discrepancies/", "discrepancies", "Where the sources disagree", "Facts on which the sources give different figures or accounts, side by side."),
        new("/search/", "search", "Search", "Search the topics, the glossary and the sources."),
        new("/404.html", "404", "Page not found", "There is no page at this address."),
    ];

    /// <summary>The layout a content page uses when its frontmatter names none.</summary>
    public static string DefaultLayout(string kind, string url) => kind switch
    {
        ContentKinds.Topic => "topic",
        ContentKinds.Term => "term",
        ContentKinds.Source => "source",
        "redirect" => "redirect",
        _ => All.FirstOrDefault(p => p.Url == url)?.Layout ?? "page",
    };
}

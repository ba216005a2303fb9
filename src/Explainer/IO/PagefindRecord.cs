namespace Explainer.IO;

/// <summary>
/// One page as the search index sees it: the text readers search (no page chrome), the metadata a
/// result shows (meta "title") and the filters it can be narrowed by. <see cref="Url"/> is the site
/// path without LinkRoot ("/topics/a/"): pagefind.js prefixes the folder it was loaded from, so
/// results follow the site to any sub-path.
/// </summary>
public sealed record PagefindRecord(
    string Url,
    string Content,
    IReadOnlyDictionary<string, string> Meta,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Filters,
    string Language = "en");

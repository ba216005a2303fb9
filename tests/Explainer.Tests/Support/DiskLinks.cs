using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Explainer.Tests.Support;

/// <summary>
/// Follows every link of a folder of pages as a browser opening them from disk would, with a real
/// HTML parser (not the generator's own scanner): each URL in href, src, srcset, action,
/// formaction, poster, cite and a refresh must be relative and lead to a file of the folder, and
/// its #fragment to an element with that id there. External links are not followed.
/// </summary>
public static class DiskLinks
{
    public sealed record Finding(string Page, string Url, string Problem)
    {
        public override string ToString() => $"{Page}: {Url}: {Problem}";
    }

    /// <returns>Every link that would not work from disk, and how many links were followed.</returns>
    public static (IReadOnlyList<Finding> Problems, int Followed) Check(string folder)
    {
        var parser = new HtmlParser();
        var ids = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        HashSet<string> IdsOf(string file) => ids.TryGetValue(file, out var known) ? known : ids[file] = parser.ParseDocument(File.ReadAllText(file))
            .QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal);

        var problems = new List<Finding>();
        var followed = 0;
        foreach (var file in Directory.EnumerateFiles(folder, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var page = Path.GetRelativePath(folder, file).Replace('\\', '/');
            foreach (var url in Urls(parser.ParseDocument(File.ReadAllText(file))))
            {
                if (IsExternal(url)) continue;
                followed++;
                if (url.StartsWith('/'))
                {
                    problems.Add(new Finding(page, url, "starts at the root, which from disk is the root of the drive"));
                    continue;
                }
                var hash = url.IndexOf('#');
                var path = (hash < 0 ? url : url[..hash]).Split('?')[0];
                var fragment = hash < 0 ? "" : Uri.UnescapeDataString(url[(hash + 1)..]);
                var target = path.Length == 0 ? file : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, Uri.UnescapeDataString(path)));
                if (Directory.Exists(target)) problems.Add(new Finding(page, url, "names a folder, which does not open its index.html from disk"));
                else if (!File.Exists(target)) problems.Add(new Finding(page, url, "no such file"));
                else if (fragment.Length > 0 && target.EndsWith(".html", StringComparison.Ordinal) && !IdsOf(target).Contains(fragment))
                    problems.Add(new Finding(page, url, $"no element with id '{fragment}' there"));
            }
        }
        return (problems, followed);
    }

    private static IEnumerable<string> Urls(IDocument document)
    {
        foreach (var element in document.QuerySelectorAll("[href], [src], [action], [formaction], [poster], [cite]"))
            foreach (var name in new[] { "href", "src", "action", "formaction", "poster", "cite" })
                if (element.GetAttribute(name) is { } url) yield return url;
        foreach (var element in document.QuerySelectorAll("[srcset]"))
            foreach (var candidate in element.GetAttribute("srcset")!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                yield return candidate.Split(' ')[0];
        foreach (var refresh in document.QuerySelectorAll("meta[http-equiv=refresh]"))
            yield return refresh.GetAttribute("content")!.Split("url=", 2)[^1].Trim();
    }

    private static bool IsExternal(string url) => url.StartsWith("//", StringComparison.Ordinal) || System.Text.RegularExpressions.Regex.IsMatch(url, "^[A-Za-z][A-Za-z0-9+.-]*:");
}

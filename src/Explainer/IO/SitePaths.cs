using System.Text.RegularExpressions;

namespace Explainer.IO;

/// <summary>
/// Site paths ("/topics/a/") and the output files they become, kept inside the output folder:
/// a path with "..", a backslash, a scheme, a host or control characters is refused.
/// </summary>
public static partial class SitePaths
{
    /// <summary>Whether <paramref name="path"/> is a plain site path that stays inside the output folder.</summary>
    public static bool IsSafe(string path) =>
        path.StartsWith('/') && !path.StartsWith("//", StringComparison.Ordinal) && SafePath().IsMatch(path) && !HasDotSegment(path);

    private static bool HasDotSegment(string path)
    {
        foreach (var range in path.AsSpan().Split('/'))
            if (path.AsSpan(range) is "." or "..") return true;
        return false;
    }

    /// <summary>The output file of a site path: "/a/" is "a/index.html", "/feed.xml" is "feed.xml".</summary>
    public static string Destination(string sitePath)
    {
        var relative = sitePath.TrimStart('/');
        return relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
    }

    /// <summary>
    /// The site path of an output file, the inverse of <see cref="Destination"/>: "a/index.html" is
    /// "/a/", "index.html" is "/", "feed.xml" is "/feed.xml". It is Pagefind's own rule too, so search
    /// results match what its command-line indexer gives; only a whole "index.html" name is dropped,
    /// so "myindex.html" stays itself.
    /// </summary>
    public static string SitePath(string destination)
    {
        var path = destination.Replace('\\', '/');
        if (path == "index.html") return "/";
        return "/" + (path.EndsWith("/index.html", StringComparison.Ordinal) ? path[..^"index.html".Length] : path);
    }

    /// <summary>
    /// Resolves a relative link's path (no query or fragment) against the output file of the page it
    /// is on, as a browser resolves it against the page's address: "../b/index.html" on
    /// "topics/a/index.html" is "/topics/b/index.html". Steps above the root stay at the root, as in a
    /// browser. Returns the site path, or null for what is not a plain relative path (a scheme, a host).
    /// </summary>
    public static string? Resolve(string destination, string relative)
    {
        if (relative.StartsWith('/') || relative.Contains(':') || relative.Contains('\\')) return null;
        var parts = new List<string>(destination.Split('/')[..^1]);
        var segments = relative.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            var last = i == segments.Length - 1;
            switch (segments[i])
            {
                case "..":
                    if (parts.Count > 0) parts.RemoveAt(parts.Count - 1);
                    if (last) parts.Add("");
                    break;
                case ".":
                    if (last) parts.Add("");
                    break;
                default:
                    parts.Add(segments[i]);
                    break;
            }
        }
        return "/" + string.Join('/', parts);
    }

    /// <summary>The URL of a file name that is not a valid slug, as a suggestion: "My Topic" becomes "my-topic".</summary>
    public static string Slugify(string text)
    {
        var slug = NonSlug().Replace(text.ToLowerInvariant(), "-").Trim('-');
        return slug.Length == 0 ? "page" : slug;
    }

    public static bool IsSlug(string text) => Slug().IsMatch(text);

    [GeneratedRegex(@"^/[A-Za-z0-9._~/-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex SafePath();

    [GeneratedRegex(@"^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Slug();

    [GeneratedRegex(@"[^a-z0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex NonSlug();
}

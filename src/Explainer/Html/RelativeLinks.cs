using System.Buffers;
using System.Net;
using System.Text;
using Explainer.IO;
using Explainer.Settings;

namespace Explainer.Html;

/// <summary>
/// Makes every link of a finished page that points into the site relative to the page, and has it
/// name a file: "/topics/a/#ref-2" on /glossary/b/ becomes "../../topics/a/index.html#ref-2". The
/// same files then work under any path, on any host and opened from disk (file://), where a
/// folder does not open its index.html. Hugo's relativeURLs does the first half; like Hugo's
/// advice for file use, the link names index.html. Links that are relative already are made to
/// name their file too; a link to the page itself keeps only its #fragment. External links, bare
/// fragments and links that leave the site are left as written (the link check reports the last).
/// </summary>
/// <param name="isFile">Whether the site writes a file at an output path ("topics/a/index.html"),
/// to tell a folder linked without its slash ("/topics/a") from a file.</param>
public sealed class RelativeLinks(SiteUrls urls, Func<string, bool> isFile)
{
    /// <summary>Rewrites links among the files written at <paramref name="destinations"/>.</summary>
    public static RelativeLinks Among(IEnumerable<string> destinations, SiteUrls urls)
    {
        var files = destinations.Where(d => d.Length > 0).ToHashSet(StringComparer.Ordinal);
        return new RelativeLinks(urls, files.Contains);
    }

    /// <summary>The page with its links rewritten; the same page when none needed it.</summary>
    /// <param name="destination">Where the page is written in the output folder ("topics/a/index.html", "404.html").</param>
    public Utf8Text Rewrite(string destination, Utf8Text page) => Rewritten(destination, page.Bytes) is { } bytes ? Utf8Text.Own(bytes) : page;

    /// <summary>The page with its links rewritten; the same array when none needed it.</summary>
    public byte[] Rewrite(string destination, byte[] page) => Rewritten(destination, page) ?? page;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _buffer;

    // The rewritten page, or null when no link changed. Pages are built in one buffer per thread, reused, so a page costs one array: its result.
    private byte[]? Rewritten(string destination, ReadOnlySpan<byte> html)
    {
        var finder = new UrlFinder([]);
        HtmlScanner.Walk(html, ref finder);
        if (finder.Urls.Count == 0) return null;
        finder.Urls.Sort((a, b) => a.Start.Value.CompareTo(b.Start.Value));
        var rewritten = _buffer ??= new ArrayBufferWriter<byte>(64 * 1024);
        rewritten.ResetWrittenCount();
        var done = new Dictionary<string, string?>(StringComparer.Ordinal);
        var copied = 0;
        foreach (var url in finder.Urls)
        {
            var written = Encoding.UTF8.GetString(html[url]);
            if (!done.TryGetValue(written, out var relative)) done[written] = relative = RewriteWritten(destination, written);
            if (relative is null) continue;
            var (start, length) = url.GetOffsetAndLength(html.Length);
            rewritten.Write(html[copied..start]);
            rewritten.Write(Encoding.UTF8.GetBytes(relative));
            copied = start + length;
        }
        if (copied == 0) return null;
        rewritten.Write(html[copied..]);
        return rewritten.WrittenSpan.ToArray();
    }

    // A URL as written in an attribute (character references and all): the rewritten text, or null to keep it.
    private string? RewriteWritten(string destination, string written)
    {
        var tail = written.IndexOfAny(['?', '#']);
        var path = tail < 0 ? written : written[..tail];
        if (path.Length == 0) return null;
        var relative = Link(destination, path.Contains('&') ? WebUtility.HtmlDecode(path) : path);
        if (relative is null) return null;
        // The path part of what a relative link becomes holds only characters that need no escaping in HTML.
        var rest = tail < 0 ? "" : written[tail..];
        return relative.Length == 0 && rest.Length == 0 ? FileName(destination) : relative + rest;
    }

    /// <summary>
    /// The relative path from the page written at <paramref name="destination"/> to the file a link's
    /// path (without query or fragment) points at: "" for the page itself, null to keep the link.
    /// </summary>
    private string? Link(string destination, string path)
    {
        if (IsExternal(path)) return null;
        string? sitePath;
        if (path.StartsWith('/'))
        {
            // A path that is not plain (dot segments, odd characters) is left for the link check to report.
            sitePath = urls.SitePath(path);
            if (sitePath is null || !SitePaths.IsSafe(sitePath)) return null;
        }
        else sitePath = SitePaths.Resolve(destination, path);
        if (sitePath is null) return null;
        var target = File(sitePath);
        return target == destination ? "" : Between(destination, target);
    }

    // The file a site path names: a folder's index.html, whether written "/a/" or "/a".
    private string File(string sitePath)
    {
        var destination = SitePaths.Destination(sitePath);
        if (sitePath.EndsWith('/') || isFile(Uri.UnescapeDataString(destination))) return destination;
        return isFile(Uri.UnescapeDataString(destination + "/index.html")) ? destination + "/index.html" : destination;
    }

    /// <summary>The path from the folder of the file <paramref name="from"/> to the file <paramref name="to"/>, both output paths.</summary>
    public static string Between(string from, string to)
    {
        var fromFolders = from.Split('/')[..^1];
        var toParts = to.Split('/');
        var common = 0;
        while (common < fromFolders.Length && common < toParts.Length - 1 && fromFolders[common] == toParts[common]) common++;
        var builder = new StringBuilder();
        for (var i = common; i < fromFolders.Length; i++) builder.Append("../");
        builder.AppendJoin('/', toParts[common..]);
        return builder.ToString();
    }

    private static string FileName(string destination) => destination[(destination.LastIndexOf('/') + 1)..];

    /// <summary>Whether a link has a scheme ("https:", "mailto:") or a host ("//example.org").</summary>
    public static bool IsExternal(string link)
    {
        if (link.StartsWith("//", StringComparison.Ordinal)) return true;
        var colon = link.IndexOf(':');
        var delimiter = link.IndexOfAny(['/', '?', '#']);
        return colon > 0 && (delimiter < 0 || colon < delimiter);
    }

    // Collects where the URLs are; ids do not move.
    private readonly struct UrlFinder(List<Range> urls) : HtmlScanner.IVisitor
    {
        public List<Range> Urls { get; } = urls;

        public void Url(ReadOnlySpan<byte> html, Range url) => Urls.Add(url);

        public void Id(ReadOnlySpan<byte> html, Range id)
        {
        }
    }
}

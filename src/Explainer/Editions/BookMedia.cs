using Explainer.Settings;

namespace Explainer.Editions;

/// <summary>
/// The images the e-book's text shows: files of the site (under input/) of a type every EPUB
/// reader must display (GIF, JPEG, PNG, SVG), copied into the book as the text first uses them.
/// Any other image (another format, another host) is shown as its alternative text instead.
/// Chapters are written side by side: <see cref="Use"/> may be called from several threads.
/// </summary>
/// <param name="files">The site's copied files: site path ("/images/map.png") to the file on disk.</param>
public sealed class BookMedia(SiteUrls urls, IReadOnlyDictionary<string, string> files)
{
    private static readonly Dictionary<string, string> CoreTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".gif"] = "image/gif",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".png"] = "image/png",
        [".svg"] = "image/svg+xml",
    };

    private readonly SortedDictionary<string, (string From, string MediaType)> _used = new(StringComparer.Ordinal);

    /// <summary>The image's path in the book for an <c>src</c> of the site, or null when the book cannot show it.</summary>
    public string? Use(string src)
    {
        if (!src.StartsWith('/') || src.StartsWith("//", StringComparison.Ordinal) || urls.SitePath(src) is not { } sitePath) return null;
        if (!files.TryGetValue(Uri.UnescapeDataString(sitePath), out var from) || !CoreTypes.TryGetValue(Path.GetExtension(sitePath), out var type)) return null;
        var inBook = "media" + sitePath;
        lock (_used) _used[inBook] = (from, type);
        return inBook;
    }

    /// <summary>Every image the text used, by its path in the book, in order of path.</summary>
    public IEnumerable<(string Path, string From, string MediaType)> Used => _used.Select(u => (u.Key, u.Value.From, u.Value.MediaType));
}

namespace Explainer.Theme.Views;

/// <summary>
/// /download/: the files a reader can take away (the whole site as a zip, the series as an
/// e-book), each with its size and SHA-256 so a copy received from someone else can be checked.
/// </summary>
public sealed record DownloadPageView : PageView
{
    /// <summary>The downloads this build made, zip first; empty when it made none (preview, check, a build with drafts).</summary>
    public IReadOnlyList<DownloadView> Files { get; init; } = [];
    /// <summary>This copy of the page is the one inside the zip, which cannot give the zip's own checksum.</summary>
    public bool InArchive { get; init; }
    /// <summary>The page's address on the online site when the site has a Host: where the zip's checksum can be compared.</summary>
    public string? OnlineUrl { get; init; }
}

/// <summary>
/// One downloadable file. Inside the zip, the zip's own entry has no link, size or checksum
/// (a file cannot hold its own checksum): test <c>file.sha256</c> before showing them.
/// </summary>
/// <param name="Format"><c>zip</c> or <c>epub</c>.</param>
/// <param name="Name">The file's name, e.g. exported-surveillance.zip.</param>
/// <param name="Bytes">The size in bytes; <c>size</c> says it for readers ("2.4 MB").</param>
/// <param name="Sha256">The SHA-256 of the file, 64 hexadecimal digits.</param>
public sealed record DownloadView(string Format, string Name, string Url, long Bytes, string Size, string Sha256);

namespace Explainer.Settings;

/// <summary>
/// Turns site paths ("/topics/a/") into the links pages use, applying the link root so the
/// whole site works under a sub-path, and into absolute URLs for feeds and canonical links.
/// </summary>
public sealed class SiteUrls(SiteSettings settings)
{
    public string LinkRoot { get; } = settings.LinkRoot;

    /// <summary>"https://host" or null when no Host is set.</summary>
    public string? Origin { get; } = settings.Host is null ? null : $"{(settings.LinksUseHttps ? "https" : "http")}://{settings.Host}";

    /// <summary>The link for a site path: "/topics/a/" becomes "/rights/topics/a/" under LinkRoot "/rights/".</summary>
    public string Link(string sitePath)
    {
        if (!sitePath.StartsWith('/') || sitePath.StartsWith("//", StringComparison.Ordinal)) return sitePath;
        return LinkRoot == "/" ? sitePath : string.Concat(LinkRoot.AsSpan(0, LinkRoot.Length - 1), sitePath);
    }

    /// <summary>An absolute URL when a Host is known, otherwise the root-relative link.</summary>
    public string Absolute(string sitePath) => Origin is null ? Link(sitePath) : Origin + Link(sitePath);

    /// <summary>The site path of a link, or null when the link points outside the link root.</summary>
    public string? SitePath(string link)
    {
        if (LinkRoot == "/") return link;
        if (link.StartsWith(LinkRoot, StringComparison.Ordinal)) return link[(LinkRoot.Length - 1)..];
        return link == LinkRoot.TrimEnd('/') ? "/" : null;
    }
}

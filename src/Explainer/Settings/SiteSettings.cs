namespace Explainer.Settings;

/// <summary>The site's settings from statiq.json. Key names follow Statiq where the meaning is the same.</summary>
public sealed record SiteSettings
{
    public string Title { get; init; } = "Untitled site";
    public string? Description { get; init; }
    public string? Author { get; init; }
    public string Language { get; init; } = "en";
    /// <summary>The host the site is published on, e.g. "example.org"; absolute URLs need it.</summary>
    public string? Host { get; init; }
    public bool LinksUseHttps { get; init; } = true;
    /// <summary>The sub-path the site lives under: "/" or e.g. "/rights/".</summary>
    public string LinkRoot { get; init; } = "/";
    public bool SearchIndex { get; init; } = true;
    public bool Feed { get; init; } = true;
    public bool Sitemap { get; init; } = true;
    /// <summary>Every link relative to its page, naming index.html, so the output works under any path and from disk (Hugo's relativeURLs).</summary>
    public bool RelativeLinks { get; init; }
    /// <summary>Make /download/: the whole site as a zip that works from disk, and the series as an EPUB.</summary>
    public bool Downloads { get; init; } = true;
    /// <summary>Find the countries the content mentions and make their pages and the world map.</summary>
    public bool Countries { get; init; } = true;
    public string? License { get; init; }
    /// <summary>"warning" or "error": how a figure the cited paragraphs do not give is reported.</summary>
    public string FigureCheck { get; init; } = "warning";
    /// <summary>"warning", "error" or "off": how a paragraph of prose without a citation is reported.</summary>
    public string UncitedProseCheck { get; init; } = "warning";
    /// <summary>The length from which an uncited paragraph is reported.</summary>
    public int UncitedProseLength { get; init; } = 80;

    public static readonly SiteSettings Default = new();
}

using Explainer.Diagnostics;
using Explainer.IO;
using Explainer.Markdown;
using Explainer.Model;
using Explainer.Settings;
using Explainer.Theme;

namespace Explainer.Pipeline;

/// <summary>
/// What every stage may read besides the documents: options, settings, the cross-document
/// model and the theme, each set once by the stage that builds it, plus the shared diagnostics.
/// </summary>
public sealed class BuildContext(BuildOptions options, BuildCache? cache = null)
{
    public BuildOptions Options { get; } = options;

    /// <summary>Results kept between builds of a preview session; null for a one-off build.</summary>
    public BuildCache? Cache { get; } = cache;
    public DiagnosticBag Diagnostics { get; } = new();
    public StageTimings Timings { get; } = new();

    public SiteSettings Settings { get; set; } = SiteSettings.Default;
    public SiteUrls Urls { get; set; } = new(SiteSettings.Default);
    public Glossary Glossary { get; set; } = Glossary.Empty;
    public SourceLibrary Library { get; set; } = SourceLibrary.Empty;
    public Series Series { get; set; } = Series.Empty;
    public DiscrepancyRegistry Discrepancies { get; set; } = DiscrepancyRegistry.Empty;
    public Backlinks Backlinks { get; set; } = Backlinks.Empty;
    /// <summary>The theme, compiling in the background from early in the build; reading it waits for it.</summary>
    public Task<ThemeTemplates>? ThemeLoading { get; set; }

    public ThemeTemplates? Theme => ThemeLoading?.GetAwaiter().GetResult();

    /// <summary>Stand-alone content pages (input/*.md other than the home page), for the site navigation.</summary>
    public IReadOnlyList<Theme.Views.LinkView> StandalonePages { get; set; } = [];

    /// <summary>What every template knows about the site; made once, when the first page is rendered.</summary>
    public Theme.Views.SiteView? SiteView { get; set; }

    /// <summary>The fingerprint of <see cref="SiteView"/> for a preview session's layout cache; worked out once per build.</summary>
    public string? SiteViewFingerprint { get; set; }

    private PageMarkdown? _markdown;

    /// <summary>The Markdown renderer over the finished model; created on first use, after the model is read.</summary>
    public PageMarkdown Markdown => LazyInitializer.EnsureInitialized(ref _markdown, () => new PageMarkdown(Glossary, Library, Discrepancies, Urls));

    /// <summary>Drafts left out of this build (their site path and kind), so links to them can say so.</summary>
    public System.Collections.Concurrent.ConcurrentDictionary<string, string> Drafts { get; } = new(StringComparer.Ordinal);

    /// <summary>The fingerprint of every file this build produces, by destination.</summary>
    public System.Collections.Concurrent.ConcurrentDictionary<string, string> Manifest { get; } = new(StringComparer.Ordinal);

    /// <summary>The folder being written, swapped in for the output folder when the build succeeds; null for an incremental build.</summary>
    public string? StagingFolder { get; set; }

    /// <summary>
    /// Runs a pure, expensive step once per distinct <paramref name="key"/> across the builds of a
    /// session; without a cache it simply runs it. The key must capture everything the step reads.
    /// </summary>
    /// <param name="key">Computes the key; only called in a session with a cache, as fingerprints cost time.</param>
    public T Cached<T>(string step, Func<string> key, Func<DiagnosticBag, T> compute) =>
        Cache is null ? compute(Diagnostics) : Cache.Remember(step, key(), Diagnostics, compute);

    [ThreadStatic]
    private static (BuildContext Build, Dictionary<string, string> Strings)? _strings;

    /// <summary>
    /// A shared copy of a string that recurs across pages (hrefs, ids), to keep big sites small in
    /// memory. One table per thread: no locking on a path every link of every page takes.
    /// </summary>
    public string Intern(ReadOnlySpan<char> text)
    {
        if (_strings is not { } table || !ReferenceEquals(table.Build, this)) _strings = table = (this, new Dictionary<string, string>(StringComparer.Ordinal));
        var lookup = table.Strings.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(text, out var shared)) return shared;
        var copy = text.ToString();
        table.Strings[copy] = copy;
        return copy;
    }

    /// <summary>The content folder: --input, or input/ under the site root.</summary>
    public string InputFolder => Options.Input ?? Absolute("input");

    private SiteBoundary? _boundary;

    /// <summary>The folders the build may read; links that leave them are refused.</summary>
    public SiteBoundary Boundary => LazyInitializer.EnsureInitialized(ref _boundary, () => new SiteBoundary(Options.Root, InputFolder));

    /// <summary>A path relative to the site root with forward slashes, as diagnostics show it.</summary>
    public string Relative(string absolutePath) =>
        Path.GetRelativePath(Options.Root, absolutePath).Replace(Path.DirectorySeparatorChar, '/');

    public string Absolute(string relativePath) => Path.Combine(Options.Root, relativePath);
}

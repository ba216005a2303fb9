using System.Collections.Concurrent;
using Explainer.Diagnostics;
using Explainer.IO;

namespace Explainer.Pipeline;

/// <summary>
/// What every stage may use besides its inputs: the build's options, the preview session's
/// cache, the diagnostics and timings it adds to, and where it writes. It holds no part of the
/// site's model: stages receive that as typed inputs (see <see cref="SitePipeline"/>).
/// </summary>
/// <param name="stagingFolder">The folder being written, swapped in for the output folder when the build succeeds; null for an incremental build or <c>check</c>.</param>
/// <param name="stageFinished">Called with a stage's name when it has run over every document (the memory profile listens).</param>
public sealed class BuildContext(BuildOptions options, BuildCache? cache = null, string? stagingFolder = null, Action<string>? stageFinished = null)
{
    public BuildOptions Options { get; } = options;

    /// <summary>Results kept between builds of a preview session; null for a one-off build.</summary>
    public BuildCache? Cache { get; } = cache;

    public DiagnosticBag Diagnostics { get; } = new();

    public StageTimings Timings { get; } = new();

    /// <summary>Tells a listener that a stage has run over every document.</summary>
    public void Finished(IStage stage) => stageFinished?.Invoke(stage.Name);

    /// <summary>The folder being written, or null when files are not written there (preview rebuilds, check).</summary>
    public string? StagingFolder { get; } = stagingFolder;

    /// <summary>The fingerprint of every file this build produces, by destination (preview sessions only).</summary>
    public ConcurrentDictionary<string, string> Manifest { get; } = new(StringComparer.Ordinal);

    /// <summary>The folders the build may read; links that leave them are refused.</summary>
    public SiteBoundary Boundary => LazyInitializer.EnsureInitialized(ref _boundary, () => new SiteBoundary(Options.Root, InputFolder));

    private SiteBoundary? _boundary;

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

    /// <summary>A path relative to the site root with forward slashes, as diagnostics show it.</summary>
    public string Relative(string absolutePath) =>
        Path.GetRelativePath(Options.Root, absolutePath).Replace(Path.DirectorySeparatorChar, '/');

    public string Absolute(string relativePath) => Path.Combine(Options.Root, relativePath);
}

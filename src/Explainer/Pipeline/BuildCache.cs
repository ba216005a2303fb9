using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Explainer.Diagnostics;

namespace Explainer.Pipeline;

/// <summary>
/// Remembers the results of expensive, pure steps between builds of a long-running session
/// (<c>preview</c>), keyed by a fingerprint of everything the step reads. A step served from the
/// cache reports the same diagnostics again, so an incremental build says exactly what a clean
/// one would. Entries not used by a build are dropped after it, so the cache never outgrows the site.
/// </summary>
public sealed class BuildCache
{
    private sealed record Entry(object? Value, IReadOnlyList<Diagnostic> Diagnostics);

    private ConcurrentDictionary<string, Entry> _current = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, Entry> _previous = new(StringComparer.Ordinal);

    /// <summary>The last successful build, for a quick rebuild of the pages the next edit touches (<see cref="QuickRebuild"/>).</summary>
    public SessionState? Session { get; set; }

    /// <summary>What each output file held after the last successful build, by destination.</summary>
    public IReadOnlyDictionary<string, string> Manifest { get; set; } = new Dictionary<string, string>();

    /// <summary>The links and ids of each page laid out so far, by its bytes: a page reused from the cache is not scanned again.</summary>
    public ConditionalWeakTable<IO.Utf8Text, Html.LinkReport> LinkReports { get; } = new();

    private readonly ConditionalWeakTable<string, string> _textFingerprints = new();

    /// <summary>The fingerprint of a text the session keeps between builds (a page body from the frontmatter cache), worked out once.</summary>
    public string FingerprintOf(string text) => _textFingerprints.GetValue(text, ContentHash.Of);

    private ConcurrentDictionary<string, int> _misses = new(StringComparer.Ordinal);

    /// <summary>How many times each step had to be worked out (not found in the cache) in the last build: what an edit cost.</summary>
    public IReadOnlyDictionary<string, int> MissesInLastBuild { get; private set; } = new Dictionary<string, int>();

    /// <summary>The cached result for <paramref name="key"/>, or computes it with a private diagnostics bag and keeps it.</summary>
    public T Remember<T>(string step, string key, DiagnosticBag diagnostics, Func<DiagnosticBag, T> compute)
    {
        var full = $"{step}\u001f{key}";
        if (_current.TryGetValue(full, out var entry) || _previous.TryGetValue(full, out entry))
            _current[full] = entry;
        else
        {
            _misses.AddOrUpdate(step, 1, (_, count) => count + 1);
            var local = new DiagnosticBag();
            var value = compute(local);
            entry = new Entry(value, local.Sorted());
            _current[full] = entry;
        }
        foreach (var diagnostic in entry.Diagnostics) diagnostics.Add(diagnostic);
        return (T)entry.Value!;
    }

    /// <summary>Called after a quick rebuild: reports what it had to work out, and forgets nothing, as it used only a few entries.</summary>
    public void EndQuickBuild()
    {
        MissesInLastBuild = _misses;
        _misses = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
    }

    /// <summary>Called after each build: keeps what this build used, forgets the rest.</summary>
    public void EndBuild()
    {
        _previous = _current;
        _current = new ConcurrentDictionary<string, Entry>(StringComparer.Ordinal);
        MissesInLastBuild = _misses;
        _misses = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
    }
}

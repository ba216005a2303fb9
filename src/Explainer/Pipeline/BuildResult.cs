using Explainer.Diagnostics;

namespace Explainer.Pipeline;

/// <summary>The outcome of a build: every diagnostic, the pages written by kind, and how long each stage took.</summary>
public sealed record BuildResult(
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyDictionary<string, int> PagesByKind,
    IReadOnlyList<(string Stage, TimeSpan Time)> Timings,
    TimeSpan Elapsed,
    bool Published)
{
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);

    /// <summary>The settings the build ran with (after --base-url).</summary>
    public Settings.SiteSettings Settings { get; init; } = Explainer.Settings.SiteSettings.Default;

    /// <summary>What the editorial checks covered on each page that has prose, by source file.</summary>
    public IReadOnlyList<(string File, Markdown.EditorialReview Review)> Coverage { get; init; } = [];

    /// <summary>How many drafts the build left out (none with --drafts).</summary>
    public int DraftsLeftOut { get; init; }

    /// <summary>The output files of the pages that go into the search index (never a draft), for a preview to index them again.</summary>
    public IReadOnlyList<string> Searchable { get; init; } = [];

    /// <summary>For a preview rebuild: whether only the edited pages were made again (<see cref="QuickRebuild"/>).</summary>
    public bool Quick { get; init; }

    /// <summary>For an incremental build: the output files written or removed because they changed.</summary>
    public IReadOnlyList<string> Written { get; init; } = [];
}

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
}

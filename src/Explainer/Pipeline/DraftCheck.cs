using System.Diagnostics;
using Explainer.Diagnostics;

namespace Explainer.Pipeline;

/// <summary>
/// Checks the drafts a build leaves out as the build that publishes them will: the whole site is
/// run again with its drafts, writing nothing, and every problem that run finds and this build did
/// not is reported as a warning. A draft citing a paragraph its source does not have is known at
/// once, and never fails a build that does not publish it; with --drafts the same problem is an error.
/// Checking against the site with its drafts, not without, is what keeps two drafts that link to
/// each other from warning about each other. What the build itself finds in a draft before leaving
/// it out (its frontmatter, its file name) is a warning the same way (<see cref="Forward"/>).
/// </summary>
public static class DraftCheck
{
    /// <param name="reported">What the build itself reported: problems already there are not repeated.</param>
    public static void Run(BuildContext build, IReadOnlyList<Diagnostic> reported)
    {
        var clock = Stopwatch.StartNew();
        var withDrafts = new BuildContext(build.Options with { Drafts = true, WriteOutput = false, Notes = null });
        var run = SitePipeline.Run(withDrafts);
        run.Theme.Wait();
        var drafts = run.Documents.Where(d => d.IsDraft).Select(d => d.Source).ToHashSet(StringComparer.Ordinal);
        // The same problem may read differently with the drafts there (a suggestion naming a draft): one place, one report.
        var known = reported.Select(d => (d.Path, d.Line, d.Column, d.Code.Id)).ToHashSet();
        foreach (var found in withDrafts.Diagnostics.Sorted())
        {
            if (known.Contains((found.Path, found.Line, found.Column, found.Code.Id))) continue;
            build.Diagnostics.Add(Warning(found, drafts.Contains(found.Path) ? InDraft : "once the drafts are published"));
        }
        build.Timings.Add(nameof(DraftCheck), clock.ElapsedTicks);
    }

    /// <summary>Adds what a check of one page found to <paramref name="to"/>: as it is, or as warnings when the page is a draft left out.</summary>
    public static void Forward(DiagnosticBag from, DiagnosticBag to, bool leftOutDraft)
    {
        foreach (var found in from.Sorted()) to.Add(leftOutDraft ? Warning(found, InDraft) : found);
    }

    private const string InDraft = "in a draft";

    private static Diagnostic Warning(Diagnostic found, string why) => found with { Message = $"{why}: {found.Message}", Severity = Severity.Warning };
}

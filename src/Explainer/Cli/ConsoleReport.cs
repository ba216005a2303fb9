using Explainer.Diagnostics;
using Explainer.Pipeline;

namespace Explainer.Cli;

/// <summary>
/// Prints a build's diagnostics (to the error stream) and its short summary for people: what was
/// built or checked, the errors and warnings, the time, and what was left out. The time of each
/// stage is for whoever works on the generator, so it shows only with --verbose.
/// </summary>
public static class ConsoleReport
{
    public static void Diagnostics(IEnumerable<Diagnostic> diagnostics, TextWriter error)
    {
        foreach (var diagnostic in diagnostics) error.WriteLine(diagnostic.ToString());
    }

    public static void Summary(BuildResult result, BuildOptions options, TextWriter output)
    {
        var errors = result.Diagnostics.Count(d => d.IsError);
        var problems = $"{Plural.Count(errors, "error")}, {Plural.Count(result.Diagnostics.Count - errors, "warning")}";
        var pages = result.PagesByKind.Values.Sum();
        var seconds = $"{result.Elapsed.TotalSeconds:0.00} s";
        if (!options.WriteOutput)
            output.WriteLine($"Checked {Plural.Count(pages, "page")} in {seconds}: {problems}.");
        else if (result.Published)
            output.WriteLine($"Built {Plural.Count(pages, "page")} into {Path.GetRelativePath(Environment.CurrentDirectory, options.Output)} in {seconds}: {problems}.");
        else
            output.WriteLine($"Build failed in {seconds}: {problems}. The previous output is untouched.");
        if (pages > 0 && (result.Published || !options.WriteOutput))
            output.WriteLine("  " + string.Join(", ", PagesByKind(result.PagesByKind)));
        if (LeftOut(result) is { Count: > 0 } leftOut)
            output.WriteLine("  left out: " + string.Join("; ", leftOut));
        if (options.Verbose && result.Timings.Count > 0)
            output.WriteLine("  stages (ms): " + string.Join(", ", result.Timings.Select(t => $"{t.Stage} {t.Time.TotalMilliseconds:0}")));
    }

    /// <summary>What this build did not make that an editor might look for.</summary>
    private static List<string> LeftOut(BuildResult result)
    {
        List<string> leftOut = [];
        if (result.DraftsLeftOut > 0)
            leftOut.Add($"{Plural.Count(result.DraftsLeftOut, "draft")} (--drafts builds {(result.DraftsLeftOut == 1 ? "it" : "them")}; their problems are warnings until then)");
        if (!result.Settings.SearchIndex)
            leftOut.Add("the search index (\"SearchIndex\": false in statiq.json)");
        return leftOut;
    }

    private static IEnumerable<string> PagesByKind(IReadOnlyDictionary<string, int> pages) =>
        PageKinds.Where(k => pages.ContainsKey(k.Kind)).Select(k => Plural.Count(pages[k.Kind], k.Singular))
            .Concat(pages.Where(p => !PageKinds.Any(k => k.Kind == p.Key)).Select(p => $"{p.Value} {p.Key}"));

    // The kinds of page in the order an editor thinks of them, named as README names them.
    private static readonly (string Kind, string Singular)[] PageKinds =
    [
        ("topic", "topic"),
        ("term", "glossary term"),
        ("source", "source"),
        ("country", "country page"),
        ("page", "stand-alone page"),
        ("index", "generated page"),
        ("redirect", "redirect"),
    ];
}

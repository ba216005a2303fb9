using Explainer.Diagnostics;
using Explainer.Pipeline;

namespace Explainer.Cli;

/// <summary>Prints a build's diagnostics (to the error stream) and its one-screen summary.</summary>
public static class ConsoleReport
{
    public static void Diagnostics(IEnumerable<Diagnostic> diagnostics, TextWriter error)
    {
        foreach (var diagnostic in diagnostics) error.WriteLine(diagnostic.ToString());
    }

    public static void Summary(BuildResult result, BuildOptions options, TextWriter output)
    {
        var errors = result.Diagnostics.Count(d => d.IsError);
        var warnings = result.Diagnostics.Count - errors;
        var pages = result.PagesByKind.Values.Sum();
        var verb = !options.WriteOutput ? "Checked" : result.Published ? "Built" : "Did not publish";
        var where = options.WriteOutput && result.Published ? $" into {Path.GetRelativePath(Environment.CurrentDirectory, options.Output)}" : "";
        output.WriteLine($"{verb} {pages} pages{where} in {result.Elapsed.TotalSeconds:0.00} s: {Count(errors, "error")}, {Count(warnings, "warning")}.");
        if (pages > 0)
            output.WriteLine("  pages: " + string.Join(", ", result.PagesByKind.Select(p => $"{p.Key} {p.Value}")));
        if (errors > 0 && options.WriteOutput)
            output.WriteLine("  the previous output was left untouched.");
        var stages = result.Timings.Where(t => t.Time.TotalMilliseconds >= 1 || options.Verbose).ToList();
        if (stages.Count > 0)
            output.WriteLine("  stages (ms): " + string.Join(", ", stages.Select(t => $"{t.Stage} {t.Time.TotalMilliseconds:0}")));
    }

    private static string Count(int n, string noun) => $"{n} {noun}{(n == 1 ? "" : "s")}";
}

using Explainer.Pipeline;

namespace Explainer.Cli;

/// <summary>Runs <c>build</c> or <c>check</c>: one build, its diagnostics, its summary, an exit code.</summary>
public static class BuildCommand
{
    public static int Run(BuildOptions options, TextWriter output, TextWriter error)
    {
        var result = SiteBuilder.Build(options);
        ConsoleReport.Diagnostics(result.Diagnostics, error);
        ConsoleReport.Summary(result, options, output);
        if (!options.WriteOutput) CoverageReport.Write(result, output);
        return result.Succeeded ? 0 : 1;
    }
}

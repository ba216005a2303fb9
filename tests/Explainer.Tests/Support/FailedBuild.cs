using System.Text.RegularExpressions;

namespace Explainer.Tests.Support;

/// <summary>
/// Builds a site that has a mistake in it through the command line, over the output of a good
/// build, and checks what every failed build owes its user: exit code 1, every problem as one
/// <c>path:line:column: CODE message</c> line, no stack trace, the previous output/ byte for byte
/// as it was and no staging folder left behind. Tests then assert on the exact lines.
/// </summary>
public sealed partial class FailedBuild
{
    private FailedBuild(string error) => Error = error;

    /// <summary>The error stream: the diagnostics, one per line.</summary>
    public string Error { get; }

    public IReadOnlyList<string> Lines => CliRun.Lines(Error);

    /// <summary>
    /// Writes <paramref name="tree"/> (plus <paramref name="change"/>, for edits to the copied theme),
    /// puts the good site's output in place and builds. Copying a good output instead of building the
    /// good site first in every test keeps the catalogue fast; a one-off build cannot tell the
    /// difference (<see cref="After"/> does build first, for the tests that break a site in several places).
    /// </summary>
    public static FailedBuild Of(string tree, Action<TestSite>? change = null, params string[] options)
    {
        using var site = TestSite.From(tree);
        change?.Invoke(site);
        TestSite.CopyFolder(GoodOutput.Folder, site.Output);
        return Build(site, options);
    }

    /// <summary>Builds <paramref name="goodTree"/> through the command line, applies <paramref name="breakIt"/>, and builds again.</summary>
    public static FailedBuild After(string goodTree, Action<TestSite> breakIt)
    {
        using var site = TestSite.From(goodTree);
        var (exit, _, error) = CliRun.Run("build", "--root", site.Root);
        Assert.True(exit == 0, $"the good site did not build:\n{error}");
        breakIt(site);
        return Build(site, []);
    }

    private static FailedBuild Build(TestSite site, string[] options)
    {
        var before = OutputSnapshot.Of(site.Output);

        var (exit, output, error) = CliRun.Run(["build", "--root", site.Root, .. options]);

        Assert.True(exit == 1, $"exit code {exit}, expected 1; errors:\n{error}");
        CliRun.AssertOnlyDiagnostics(error, output);
        Assert.True(CliRun.Lines(error).Count > 0, "the build failed without saying why");
        OutputSnapshot.AssertSame(before, OutputSnapshot.Of(site.Output), "the previous output/ was touched");
        Assert.Empty(OutputSnapshot.StagingLeftBeside(site.Output));
        return new FailedBuild(error);
    }

    /// <summary>Returns the one error line that starts with <paramref name="start"/>; fails listing every line otherwise.</summary>
    public string Reports(string start)
    {
        var found = Lines.Where(l => l.StartsWith(start, StringComparison.Ordinal)).ToList();
        Assert.True(found.Count > 0, $"expected a line starting with\n  {start}\nbut the build reported:\n  {string.Join("\n  ", Lines)}");
        return found[0];
    }

    /// <summary>Like <see cref="Reports(string)"/>, and the message also holds <paramref name="hint"/>, the fix it suggests.</summary>
    public string Reports(string start, string hint)
    {
        var candidates = Lines.Where(l => l.StartsWith(start, StringComparison.Ordinal)).ToList();
        Assert.True(candidates.Count > 0, $"expected a line starting with\n  {start}\nbut the build reported:\n  {string.Join("\n  ", Lines)}");
        var line = candidates.FirstOrDefault(l => l.Contains(hint, StringComparison.Ordinal));
        Assert.True(line is not null, $"no message gives the hint '{hint}':\n  {string.Join("\n  ", candidates)}");
        return line;
    }

    /// <summary>The codes of the errors (not the warnings), sorted.</summary>
    public List<string> Codes => Lines.Select(l => CodeOf().Match(l))
        .Where(m => m.Success && !m.Groups["warning"].Success)
        .Select(m => m.Groups["code"].Value)
        .Order(StringComparer.Ordinal)
        .ToList();

    [GeneratedRegex(@":\d+:\d+: (?<code>EXP\d{3}) (?<warning>warning: )?")]
    private static partial Regex CodeOf();
}

/// <summary>The output of a good build of <see cref="Trees.Small"/>, made once per test run.</summary>
public static class GoodOutput
{
    private static readonly Lazy<string> Built = new(() =>
    {
        var site = TestSite.From(Trees.Small);
        site.BuildOk();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => site.Dispose();
        return site.Output;
    });

    public static string Folder => Built.Value;
}

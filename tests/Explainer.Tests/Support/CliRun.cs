using System.Text.RegularExpressions;
using Explainer.Diagnostics;

namespace Explainer.Tests.Support;

/// <summary>
/// Runs the command line in-process, as a user would run it, and knows what its error stream may
/// hold: one <c>path:line:column: CODE message</c> line per problem, with a code the generator
/// documents, and never a stack trace.
/// </summary>
public static partial class CliRun
{
    public static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = Program.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>Fails unless every line is a diagnostic with a known code and nothing looks like a stack trace.</summary>
    public static void AssertOnlyDiagnostics(string error, string output = "")
    {
        foreach (var text in new[] { error, output })
        {
            Assert.False(text.Contains("   at ", StringComparison.Ordinal), "stack trace in the output:\n" + text);
            Assert.False(text.Contains("exception", StringComparison.OrdinalIgnoreCase), "an exception is mentioned in the output:\n" + text);
        }
        var known = ErrorCodes.All.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var line in Lines(error))
        {
            var match = DiagnosticLine().Match(line);
            Assert.True(match.Success, $"not a 'path:line:column: CODE message' line: {line}");
            Assert.Contains(match.Groups["code"].Value, known);
        }
    }

    public static List<string> Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();

    [GeneratedRegex(@"^.+?:[1-9]\d*:[1-9]\d*: (?<code>EXP\d{3}) \S.*$")]
    private static partial Regex DiagnosticLine();
}

/// <summary>Tests that run the command line in-process share one collection, so they never race on its option objects.</summary>
[CollectionDefinition(Name)]
public sealed class CliCollection
{
    public const string Name = "Command line";
}

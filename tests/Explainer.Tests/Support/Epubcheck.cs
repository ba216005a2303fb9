using System.Diagnostics;

namespace Explainer.Tests.Support;

/// <summary>
/// Runs EPUBCheck, the EPUB validator (Debian package <c>epubcheck</c>, which tests/run installs),
/// on a book and returns its messages. Debian installs it as a Java archive; the launcher in
/// /usr/bin needs the system to run .jar files directly, so the archive is run with java.
/// </summary>
public static class Epubcheck
{
    private static readonly string[] Archives = ["/usr/share/java/epubcheck.jar", "/usr/share/epubcheck/epubcheck.jar"];

    /// <returns>The exit code, and every line that reports a problem (fatal errors, errors, warnings) with the summary line.</returns>
    public static (int ExitCode, IReadOnlyList<string> Problems, string Summary) Run(string book)
    {
        var archive = Environment.GetEnvironmentVariable("EPUBCHECK_JAR") is { Length: > 0 } set ? set : Archives.FirstOrDefault(File.Exists);
        Assert.True(archive is not null && File.Exists(archive),
            "epubcheck is not installed: install the Debian package epubcheck (bash tests/run does) or set EPUBCHECK_JAR to its .jar");
        var start = new ProcessStartInfo("java") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-jar", archive!, book }) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        var lines = (output.Result + "\n" + errors.Result).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var problems = lines.Where(l => l.StartsWith("FATAL", StringComparison.Ordinal) || l.StartsWith("ERROR", StringComparison.Ordinal) || l.StartsWith("WARNING", StringComparison.Ordinal)).ToList();
        return (process.ExitCode, problems, lines.FirstOrDefault(l => l.StartsWith("Messages:", StringComparison.Ordinal)) ?? string.Join('\n', lines));
    }
}

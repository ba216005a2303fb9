using System.Diagnostics;
using System.Text.Json;

namespace Explainer.BrowserTests.Support;

/// <summary>Runs the Nu Html Checker (npm package vnu-jar) over a whole folder in one Java start.</summary>
public static class Vnu
{
    public static IReadOnlyList<string> Errors(string folder)
    {
        var start = new ProcessStartInfo("java")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "-jar", RepositoryRoot.NodeTool("vnu-jar", "build", "dist", "vnu.jar"),
                     "--errors-only", "--skip-non-html", "--format", "json", "--stdout", folder })
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (string.IsNullOrWhiteSpace(stdout))
            throw new InvalidOperationException($"vnu printed no report (exit {process.ExitCode}): {stderr.Result}");
        using var report = JsonDocument.Parse(stdout);
        return report.RootElement.GetProperty("messages").EnumerateArray()
            .Where(m => m.GetProperty("type").GetString() is "error" or "non-document-error")
            .Select(m => $"{Relative(folder, m)}:{Line(m)}: {m.GetProperty("message").GetString()}")
            .ToList();
    }

    private static string Relative(string folder, JsonElement message) =>
        message.TryGetProperty("url", out var url) ? Path.GetRelativePath(folder, new Uri(url.GetString()!).LocalPath) : "?";

    private static string Line(JsonElement message) =>
        message.TryGetProperty("lastLine", out var line) ? line.GetRawText() : "?";
}

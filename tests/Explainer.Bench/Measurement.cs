using System.Diagnostics;
using System.Globalization;

namespace Explainer.Bench;

/// <summary>
/// One timed run of a whole command: wall time, peak resident memory and CPU time (user and system)
/// from /usr/bin/time, and the peak of all its processes together (<see cref="ProcessTreeMemory"/>).
/// </summary>
public sealed record Measurement(double Seconds, long PeakKilobytes, double CpuSeconds, long TreePeakKilobytes = 0)
{
    /// <summary>Runs a command under /usr/bin/time; a failed run is an error, never a number.</summary>
    public static Measurement Of(string command, IEnumerable<string> arguments, string? workingDirectory = null)
    {
        var report = Path.GetTempFileName();
        var start = new ProcessStartInfo("/usr/bin/time") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory };
        foreach (var argument in new[] { "-f", "%e %M %U %S", "-o", report, command }.Concat(arguments)) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var tree = ProcessTreeMemory.Watch(process.Id);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        tree.Dispose();
        var numbers = File.ReadAllText(report).Trim().Split('\n')[^1].Split(' ');
        File.Delete(report);
        if (process.ExitCode != 0) throw new InvalidOperationException($"{command} failed ({process.ExitCode}):\n{error}{output.Result}");
        return new Measurement(double.Parse(numbers[0], CultureInfo.InvariantCulture), long.Parse(numbers[1], CultureInfo.InvariantCulture),
            double.Parse(numbers[2], CultureInfo.InvariantCulture) + double.Parse(numbers[3], CultureInfo.InvariantCulture), tree.PeakKilobytes);
    }

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}

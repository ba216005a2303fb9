using System.Globalization;

namespace Explainer.Bench;

/// <summary>Peak resident memory and CPU time of a running child of this process, read from /proc (Linux only).</summary>
public sealed record ChildProcessStats(long PeakKilobytes, double CpuSeconds)
{
    // The kernel's USER_HZ, the unit of utime and stime in /proc/PID/stat, is 100 on Linux.
    private const double TicksPerSecond = 100;

    /// <summary>The stats of this process's child whose name starts as <paramref name="name"/> does (/proc truncates names to 15 characters).</summary>
    public static ChildProcessStats Of(string name)
    {
        foreach (var pid in Directory.EnumerateDirectories("/proc").Select(Path.GetFileName).Where(folder => folder!.All(char.IsAsciiDigit)))
        {
            try
            {
                var status = File.ReadAllLines($"/proc/{pid}/status");
                if (Field(status, "PPid") != Environment.ProcessId.ToString(CultureInfo.InvariantCulture)
                    || Field(status, "Name") is not { Length: > 0 } shown || !name.StartsWith(shown, StringComparison.Ordinal)) continue;
                // The fields after the name, which may hold spaces: state is field 3, utime 14, stime 15.
                var stat = File.ReadAllText($"/proc/{pid}/stat");
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
                return new ChildProcessStats(long.Parse(Field(status, "VmHWM").Split(' ')[0], CultureInfo.InvariantCulture), ticks / TicksPerSecond);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // That process ended while /proc was read.
            }
        }
        throw new InvalidOperationException($"no running child process named {name}");
    }

    private static string Field(string[] status, string key) =>
        status.FirstOrDefault(line => line.StartsWith(key + ":", StringComparison.Ordinal))?[(key.Length + 1)..].Trim() ?? "";
}

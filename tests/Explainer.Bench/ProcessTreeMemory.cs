using System.Globalization;

namespace Explainer.Bench;

/// <summary>
/// The highest total resident memory of a process and all its descendants at once, sampled from
/// /proc every few milliseconds (Linux only). /usr/bin/time's figure is the largest single process,
/// which undercounts a command whose programs run side by side (our build and its Pagefind service);
/// this counts them together. Sampling can miss a peak shorter than the interval.
/// </summary>
public sealed class ProcessTreeMemory : IDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(10);
    private static readonly long PageKilobytes = Environment.SystemPageSize / 1024;

    private readonly int _root;
    private readonly Thread _sampler;
    private volatile bool _stopped;

    public long PeakKilobytes { get; private set; }

    private ProcessTreeMemory(int root)
    {
        _root = root;
        _sampler = new Thread(Sample) { IsBackground = true, Name = "memory sampler" };
        _sampler.Start();
    }

    public static ProcessTreeMemory Watch(int root) => new(root);

    private void Sample()
    {
        while (!_stopped)
        {
            PeakKilobytes = Math.Max(PeakKilobytes, TreeKilobytes());
            Thread.Sleep(Interval);
        }
    }

    // The tree is walked from the root through each thread's list of children, so only its own processes are read.
    private long TreeKilobytes()
    {
        var total = 0L;
        var pending = new Stack<int>([_root]);
        while (pending.TryPop(out var pid))
        {
            try
            {
                // statm's second field is the resident set in pages.
                total += long.Parse(File.ReadAllText($"/proc/{pid}/statm").Split(' ')[1], CultureInfo.InvariantCulture) * PageKilobytes;
                foreach (var thread in Directory.EnumerateDirectories($"/proc/{pid}/task"))
                    foreach (var child in File.ReadAllText(Path.Combine(thread, "children")).Split(' ', StringSplitOptions.RemoveEmptyEntries))
                        pending.Push(int.Parse(child, CultureInfo.InvariantCulture));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // That process ended while /proc was read.
            }
        }
        return total;
    }

    public void Dispose()
    {
        _stopped = true;
        _sampler.Join();
    }
}

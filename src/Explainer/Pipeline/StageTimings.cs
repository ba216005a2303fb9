using System.Collections.Concurrent;
using System.Diagnostics;

namespace Explainer.Pipeline;

/// <summary>
/// How long each stage took, for the build summary. Document stages run on several threads,
/// so their figure is the time summed over threads; the wall time of the whole build is separate.
/// </summary>
public sealed class StageTimings
{
    private readonly ConcurrentDictionary<string, long> _ticks = new();
    private readonly ConcurrentQueue<string> _order = new();

    public void Add(string stage, long stopwatchTicks)
    {
        if (_ticks.TryAdd(stage, 0)) _order.Enqueue(stage);
        _ticks.AddOrUpdate(stage, stopwatchTicks, (_, total) => total + stopwatchTicks);
    }

    public IReadOnlyList<(string Stage, TimeSpan Time)> InOrder() =>
        _order.Select(s => (s, TimeSpan.FromSeconds(_ticks[s] / (double)Stopwatch.Frequency))).ToList();
}

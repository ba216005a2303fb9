using System.Diagnostics;
using Xunit.Sdk;

namespace Explainer.Tests.Support;

/// <summary>
/// Runs a property over generated inputs until the fuzz budget is spent. Every input comes from a
/// <see cref="Random"/> seeded from <see cref="FuzzSettings.Seed"/> and the fuzzer's name, so a
/// failure, which names the seed, the iteration and the input, can be replayed exactly.
/// </summary>
public sealed class Fuzzer(string name, ITestOutputHelper log)
{
    /// <summary>An input that takes longer than this is a hang, and a bug.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    public int Run(Func<Random, string> generate, Action<string> check)
    {
        var seed = FuzzSettings.Seed;
        var random = new Random(unchecked(seed * 31 + StableHash(name)));
        var clock = Stopwatch.StartNew();
        var iterations = 0;
        while (clock.Elapsed < FuzzSettings.Budget)
        {
            var input = generate(random);
            iterations++;
            Exception? failure = null;
            // A thread of its own per input: state a failed input leaves behind on its thread cannot leak into the next one.
            var thread = new Thread(() =>
            {
                try
                {
                    check(input);
                }
                catch (Exception e)
                {
                    failure = e;
                }
            });
            thread.Start();
            if (!thread.Join(Patience)) failure = new TimeoutException($"no answer after {Patience.TotalSeconds} s");
            if (failure is not null)
            {
                // The exact input, for a debugger or a new test: the log shows control characters escaped.
                var saved = Path.Combine(Path.GetTempPath(), $"explainer-fuzz-{name}-{seed}-{iterations}.txt");
                File.WriteAllText(saved, input);
                throw new XunitException($"{name} failed on input {iterations} of EXPLAINER_FUZZ_SEED={seed} (saved as {saved}): {failure.GetType().Name}: {failure.Message}\n--- input ({input.Length} characters) ---\n{Show(input)}\n--- end of input ---\n{failure.StackTrace}");
            }
        }
        log.WriteLine($"{name}: {iterations} inputs in {clock.Elapsed.TotalSeconds:0.0} s (EXPLAINER_FUZZ_SEED={seed}, EXPLAINER_FUZZ_SECONDS={FuzzSettings.Budget.TotalSeconds})");
        Assert.True(iterations > 0, $"{name} ran no input");
        return iterations;
    }

    // string.GetHashCode differs between runs; replay needs the same number every time.
    private static int StableHash(string text) => text.Aggregate(17, (hash, c) => unchecked(hash * 31 + c));

    private static string Show(string input) => input.Length <= 4000
        ? Escape(input)
        : Escape(input[..2000]) + $"\n[... {input.Length - 4000} characters ...]\n" + Escape(input[^2000..]);

    // Control characters would vanish in a test log; show them.
    private static string Escape(string text) => string.Concat(text.Select(c => c is '\n' or '\t' || !char.IsControl(c) ? c.ToString() : $"\\u{(int)c:X4}"));
}

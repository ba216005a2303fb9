using System.Globalization;

namespace Explainer.Tests.Support;

/// <summary>
/// How long the fuzzers run and from which seed: EXPLAINER_FUZZ_SECONDS (each fuzzer's budget,
/// default 7.5, so the five take about 40 s) and EXPLAINER_FUZZ_SEED (default fixed, so a run is
/// repeatable; set it to reproduce a failure the message names, or to explore new inputs).
/// </summary>
public static class FuzzSettings
{
    public const int DefaultSeed = 20_240_617;

    public static int Seed { get; } = int.TryParse(Environment.GetEnvironmentVariable("EXPLAINER_FUZZ_SEED"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed) ? seed : DefaultSeed;

    public static TimeSpan Budget { get; } = TimeSpan.FromSeconds(
        double.TryParse(Environment.GetEnvironmentVariable("EXPLAINER_FUZZ_SECONDS"), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds > 0 ? seconds : 7.5);
}

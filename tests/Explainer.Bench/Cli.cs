using System.Globalization;

namespace Explainer.Bench;

/// <summary>The benchmark's commands (see Program.cs and tests/bench/README.md).</summary>
public static class Cli
{
    public static int Run(string[] args)
    {
        if (args.Length == 0) return Usage();
        var rest = args[1..];
        switch (args[0])
        {
            case "corpus" when rest.Length >= 2:
                var digest = Corpus.Write(int.Parse(rest[0], CultureInfo.InvariantCulture), rest[1], rest.Contains("--full"), Option(rest, "--seed", Corpus.DefaultSeed));
                Console.WriteLine($"sha256 {digest}");
                return 0;
            case "race":
                return Race.Run(RaceOptions.Parse(rest));
            case "profile" when rest.Length >= 1:
                return Profile.Run(rest[0], Option(rest, "--runs", 3), !rest.Contains("--check"));
            case "memory" when rest.Length >= 1:
                return MemoryProfile.Run(rest[0]);
            case "index-bench" when rest.Length >= 1:
                return IndexBench.Run(rest[0], Option(rest, "--runs", 3), Option(rest, "--work") ?? Path.Combine(Path.GetTempPath(), $"explainer-index-bench-{Environment.ProcessId}"), Option(rest, "--max-fragments", 1000));
            case "rebuild" when rest.Length >= 2:
                return RebuildTimer.Run(rest[0], rest[1], Option(rest, "--runs", 10));
            default:
                return Usage();
        }
    }

    public static int Option(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
    }

    public static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    private static int Usage()
    {
        Console.Error.WriteLine("usage: corpus N DIR [--full] [--seed S] | race [--sizes 1000,10000] [--runs 5] [--work DIR] | rebuild ROOT PAGE [--runs R] | index-bench OUTPUT [--runs 3] [--work DIR] [--max-fragments 1000]");
        return 2;
    }
}

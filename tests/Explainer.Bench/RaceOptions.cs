using System.Globalization;

namespace Explainer.Bench;

/// <summary>What <c>race</c> measures: corpus sizes, runs per generator, where to work, which generators.</summary>
public sealed record RaceOptions
{
    public IReadOnlyList<int> Sizes { get; init; } = [1000, 10000];
    public int Runs { get; init; } = 5;
    public string Work { get; init; } = Path.Combine(Path.GetTempPath(), "explainer-bench");
    /// <summary>The published generator (apphost) to time.</summary>
    public string Explainer { get; init; } = "explainer";
    /// <summary>The repository root: its theme is used for our sites, its real site is timed too.</summary>
    public string Repository { get; init; } = ".";
    public bool Peers { get; init; } = true;
    public bool Full { get; init; } = true;

    public static RaceOptions Parse(string[] args) => new RaceOptions
    {
        Sizes = Cli.Option(args, "--sizes") is { } sizes ? sizes.Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList() : [1000, 10000],
        Runs = Cli.Option(args, "--runs", 5),
        Work = Cli.Option(args, "--work") ?? Path.Combine(Path.GetTempPath(), "explainer-bench"),
        Explainer = Cli.Option(args, "--explainer") ?? "explainer",
        Repository = Cli.Option(args, "--repository") ?? ".",
        Peers = !args.Contains("--no-peers"),
        Full = !args.Contains("--no-full"),
    };
}

namespace Explainer.Model;

/// <summary>A cleaned seed: its blocks, and the key paths of rules that matched nothing (stale rules).</summary>
public sealed record CleanedText(IReadOnlyList<SourceBlock> Blocks, IReadOnlyList<string> UnusedRules, IReadOnlyList<string> SuspectedArtefacts);

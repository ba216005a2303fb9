namespace Explainer.IO;

/// <summary>One file of a built Pagefind bundle, held in memory; <see cref="Path"/> is relative to the bundle folder.</summary>
public sealed record PagefindFile(string Path, byte[] Content);

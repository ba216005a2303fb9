namespace Explainer.IO;

/// <summary>What Pagefind's service reports for a page it has indexed.</summary>
public sealed record PagefindIndexedPage(string Url, int WordCount, IReadOnlyDictionary<string, string> Meta);

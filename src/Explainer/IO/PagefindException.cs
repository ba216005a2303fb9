namespace Explainer.IO;

/// <summary>A request Pagefind's service refused or could not answer, carrying Pagefind's own message.</summary>
public sealed class PagefindException(string message) : Exception(message);

namespace Explainer.Theme.Views;

/// <summary>A link to another page as templates show it: previous/next, related topics, tags, stand-alone pages.</summary>
/// <param name="Url">The link, under the link root.</param>
/// <param name="Path">The page's site path without the link root, to compare with <c>page.path</c>; empty where it is not known.</param>
public sealed record LinkView(string Url, string Title, string? Description = null, string Path = "");

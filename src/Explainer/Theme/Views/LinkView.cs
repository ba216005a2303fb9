namespace Explainer.Theme.Views;

/// <summary>A link to another page as templates show it: previous/next, related topics, tags, breadcrumbs.</summary>
public sealed record LinkView(string Url, string Title, string? Description = null);

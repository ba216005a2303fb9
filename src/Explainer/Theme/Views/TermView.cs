namespace Explainer.Theme.Views;

/// <summary>A glossary term as lists show it: name, one-line definition, link.</summary>
public sealed record TermView(string Slug, string Term, string Short, string Url);

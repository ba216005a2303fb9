namespace Explainer.Theme.Views;

/// <summary>Terms under one letter of the glossary index.</summary>
public sealed record LetterView(string Letter, string Anchor, IReadOnlyList<TermView> Terms);

/// <summary>A tag with the topics that carry it.</summary>
public sealed record TagView(string Name, string Url, IReadOnlyList<LinkView> Topics);

/// <summary>A source in the bibliography, with how many pages cite it.</summary>
public sealed record SourceListView(CitationView Citation, int CitingPages);

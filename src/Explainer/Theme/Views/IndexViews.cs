namespace Explainer.Theme.Views;

/// <summary>Terms under one letter of the glossary index.</summary>
public sealed record LetterView(string Letter, string Anchor, IReadOnlyList<TermView> Terms);

/// <summary>A tag with the topics that carry it.</summary>
public sealed record TagView(string Name, string Url, IReadOnlyList<LinkView> Topics);

/// <summary>A source in the bibliography, with how many pages cite it.</summary>
public sealed record SourceListView(CitationView Citation, int CitingPages);

/// <summary>One source's version of a disputed fact, linked to the paragraph that states it.</summary>
public sealed record ClaimView(string SourceTitle, string SourceUrl, string Says, string Locator, string Href);

/// <summary>A discrepancy as the /discrepancies/ page lists it: the fact, each version, a note and where it is shown.</summary>
public sealed record DiscrepancyView(string Id, string Anchor, string Fact, string? NoteHtml, IReadOnlyList<ClaimView> Claims, IReadOnlyList<LinkView> Pages);

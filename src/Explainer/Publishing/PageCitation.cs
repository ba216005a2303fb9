namespace Explainer.Publishing;

/// <summary>What citing a page of this site needs: title, site, author, date and absolute URL.</summary>
public sealed record PageCitation(string Id, string Title, string SiteTitle, string? Author, DateOnly? Issued, string Url);

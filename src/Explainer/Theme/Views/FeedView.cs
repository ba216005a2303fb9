namespace Explainer.Theme.Views;

/// <summary>One entry of the Atom feed: a topic, with absolute URLs and RFC 3339 dates.</summary>
public sealed record FeedEntryView(string Id, string Title, string Url, string Updated, string? Published, string Summary);

/// <summary>What the feed and sitemap templates need: absolute URLs and dates, computed deterministically.</summary>
public sealed record FeedView(string Id, string Title, string? Subtitle, string Updated, string SelfUrl, string HomeUrl, string? Author, IReadOnlyList<FeedEntryView> Entries);

/// <summary>A page in the sitemap.</summary>
public sealed record SitemapEntryView(string Url, string? LastModified);

namespace Explainer.Html;

/// <summary>What the link check needs from one written page: the URLs it points at and the ids it offers.</summary>
public sealed record LinkReport(IReadOnlyList<string> Links, IReadOnlySet<string> Ids);

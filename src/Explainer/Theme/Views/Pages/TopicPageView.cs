namespace Explainer.Theme.Views;

/// <summary>A topic of the series: its place in it, its neighbours and related topics.</summary>
public sealed record TopicPageView : PageView
{
    public int Position { get; init; }
    public int SeriesLength { get; init; }
    public LinkView? Previous { get; init; }
    public LinkView? Next { get; init; }
    public IReadOnlyList<LinkView> Related { get; init; } = [];
    /// <summary>The countries the topic covers (its <c>countries</c>), linked to their pages.</summary>
    public IReadOnlyList<LinkView> Countries { get; init; } = [];
}

using Explainer.Model;

namespace Explainer.Theme.Views;

/// <summary>A glossary term: its definition, other names, the pages that mention it and related terms.</summary>
public sealed record TermPageView : PageView
{
    public string Short { get; init; } = "";
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public IReadOnlyList<TermBacklink> MentionedIn { get; init; } = [];
    public IReadOnlyList<TermView> Related { get; init; } = [];
}

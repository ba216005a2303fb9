namespace Explainer.Content;

/// <summary>
/// The text <c>new</c> writes for the editor to replace. <c>new</c> makes drafts, so the text
/// never reaches readers by accident: a page published with any of it unchanged is an error
/// (<see cref="PlaceholderCheck"/>). Each is a short sentence with no citation syntax, so a fresh
/// draft builds in preview without errors or uncited-prose warnings.
/// </summary>
public static class Placeholders
{
    public const string TopicDescription = "One sentence saying what this topic explains.";
    public const string TopicBody = "Write the topic here, with a citation for each factual sentence.";
    public const string TermShort = "One plain sentence that defines the term.";
    public const string TermBody = "Explain the term in your own words, with citations.";
    public const string SourceBody = "Summarise the document in your own words, citing its paragraphs.";

    public static readonly IReadOnlyList<string> All = [TopicDescription, TopicBody, TermShort, TermBody, SourceBody];
}

namespace Explainer.Checks;

/// <summary>The cited paragraphs named in a message: each label once, in citation order.</summary>
internal static class Labels
{
    public static string Of(IEnumerable<CitedText> cited) => string.Join(", ", cited.Select(c => c.Label).Distinct());
}

namespace Explainer.Model;

/// <summary>
/// A piece of a cleaned source text: a numbered paragraph (Number from 1) or a section heading
/// (Number 0), which is shown but not numbered.
/// </summary>
public sealed record SourceBlock(int Number, string Text)
{
    public bool IsHeading => Number == 0;

    /// <summary>The paragraph's anchor on its source page: "p7".</summary>
    public string Anchor => IsHeading ? "" : $"p{Number}";
}

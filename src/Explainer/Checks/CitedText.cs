namespace Explainer.Checks;

/// <summary>One cited source paragraph: a label for messages ("reuters-exports ¶5") and its text.</summary>
/// <remarks>A citation of a whole source is one entry whose text is the source's reference data and all its paragraphs.</remarks>
public sealed record CitedText(string Label, string Text);

namespace Explainer.Checks;

/// <summary>A citation marker at Offset in the paragraph's text, and the source paragraphs it cites.</summary>
/// <param name="Offset">Where the marker stood in the text, between the characters before and after it.</param>
/// <param name="Cites">Every paragraph the marker cites; a range such as ¶3–5 is one entry per paragraph.</param>
public sealed record ProseCitation(int Offset, IReadOnlyList<CitedText> Cites);

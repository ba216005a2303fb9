namespace Explainer.Checks;

/// <summary>A word as readers compare wording: its letters and digits, apostrophes made straight, and where it was written.</summary>
internal readonly record struct Word(string Text, int Start, int End);

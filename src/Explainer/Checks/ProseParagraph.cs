namespace Explainer.Checks;

/// <summary>One paragraph of an editor's prose as the checks see it: its plain text and where each citation sat in it.</summary>
/// <param name="Text">
/// The paragraph rendered to text: no markup, citation markers removed. Quotation marks that a browser draws
/// for an HTML <c>&lt;q&gt;</c> element are not in it, so <c>&lt;q cite="…"&gt;words&lt;/q&gt;</c> is how an editor
/// writes a quotation that deliberately does not come from the cited paragraphs: the checks never see it as one.
/// </param>
/// <param name="Citations">The paragraph's citation markers, in the order they appear.</param>
public sealed record ProseParagraph(string Text, IReadOnlyList<ProseCitation> Citations);

namespace Explainer.Theme.Views;

/// <summary>"Cite this page" or "cite this source": the same reference as APA-like text, BibTeX and CSL-JSON.</summary>
public sealed record CiteView(string Apa, string BibTex, string CslJson);

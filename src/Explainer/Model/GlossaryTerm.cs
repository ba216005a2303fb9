namespace Explainer.Model;

/// <summary>A glossary entry: its name, other names that link to it, and a one-sentence definition.</summary>
public sealed record GlossaryTerm(string Slug, string Term, IReadOnlyList<string> Aliases, string Short, IReadOnlyList<string> Related)
{
    /// <summary>The term's site path.</summary>
    public string Url => $"/glossary/{Slug}/";

    /// <summary>Every name that refers to the term: the term itself, then its aliases.</summary>
    public IEnumerable<string> Names => Aliases.Prepend(Term);
}

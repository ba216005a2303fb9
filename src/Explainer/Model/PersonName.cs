namespace Explainer.Model;

/// <summary>An author's name in CSL's shape: family and given names, or a literal name kept whole.</summary>
public sealed record PersonName(string? Family, string? Given, string? Literal)
{
    /// <summary>
    /// Reads "Scott N. Romaniuk" as given "Scott N." and family "Romaniuk". A single word, or
    /// a name an editor wants kept whole, should be written as {literal: ...} instead.
    /// </summary>
    public static PersonName Parse(string written)
    {
        var parts = written.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length < 2
            ? new PersonName(null, null, written.Trim())
            : new PersonName(parts[^1], string.Join(' ', parts[..^1]), null);
    }

    /// <summary>The name as a reader writes it: "Scott N. Romaniuk".</summary>
    public string Display => Literal ?? string.Join(' ', new[] { Given, Family }.Where(p => !string.IsNullOrEmpty(p)));

    /// <summary>APA's inverted form with initials: "Romaniuk, S. N.".</summary>
    public string Inverted()
    {
        if (Literal is not null || Family is null) return Display;
        if (string.IsNullOrEmpty(Given)) return Family;
        var initials = Given.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(g => $"{g.TrimEnd('.')[0]}.");
        return $"{Family}, {string.Join(' ', initials)}";
    }
}

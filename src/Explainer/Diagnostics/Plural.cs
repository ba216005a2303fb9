namespace Explainer.Diagnostics;

/// <summary>Counts written as people write them: "1 error", "2 errors", "1 country page".</summary>
public static class Plural
{
    /// <summary>The number and the noun, singular for exactly one; <paramref name="plural"/> for nouns that do not just take an s.</summary>
    public static string Count(int n, string singular, string? plural = null) =>
        $"{n.ToString(System.Globalization.CultureInfo.InvariantCulture)} {(n == 1 ? singular : plural ?? singular + "s")}";
}

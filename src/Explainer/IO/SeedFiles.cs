using Explainer.Diagnostics;

namespace Explainer.IO;

/// <summary>The documents in seeds/, and how to tell an editor that the one a source names is not there.</summary>
public static class SeedFiles
{
    public const string Folder = "seeds";

    // Enough names to find the right one by eye; a folder of hundreds is summarised.
    private const int Listed = 8;

    /// <summary>The file names in seeds/ under <paramref name="root"/>, in order; none when the folder does not exist.</summary>
    public static IReadOnlyList<string> In(string root)
    {
        var folder = Path.Combine(root, Folder);
        if (!Directory.Exists(folder)) return [];
        return Directory.EnumerateFiles(folder).Select(Path.GetFileName).OfType<string>()
            .Where(name => !name.StartsWith('.') && !name.EndsWith('~'))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>"seeds/x.txt does not exist (did you mean 'y.txt'?); seeds/ holds a.txt, y.txt".</summary>
    public static string Missing(string seed, IReadOnlyList<string> available)
    {
        var missing = $"seeds/{seed} does not exist";
        if (available.Count == 0) return $"{missing}, and seeds/ holds no documents yet";
        var names = string.Join(", ", available.Take(Listed));
        var more = available.Count > Listed ? $" and {available.Count - Listed} more" : "";
        return $"{missing}{Suggestions.DidYouMean(seed, available)}; seeds/ holds {names}{more}";
    }
}

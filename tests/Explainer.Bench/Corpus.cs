using System.Security.Cryptography;
using System.Text;

namespace Explainer.Bench;

/// <summary>
/// The benchmark corpus, a faithful port of the shared gen_corpus.py (version 2): the same seed
/// gives byte-identical pages, so our figures are on exactly the pages the peers were measured on.
/// <c>plain</c>: N Markdown pages with frontmatter, headings, a list, a quote, emphasis, five links
/// and three footnotes. <c>full</c>: the same pages with glossary mentions and paragraph citations,
/// plus 500 glossary terms and 50 sources of 40 paragraphs, in this project's site layout.
/// </summary>
public static partial class Corpus
{
    public const int DefaultSeed = 20240601;
    private const int Sources = 50;
    private const int SourceParagraphs = 40;

    /// <summary>Writes the corpus and returns its SHA-256 digest (as gen_corpus.py prints in corpus.json).</summary>
    public static string Write(int n, string folder, bool full, int seed = DefaultSeed)
    {
        var topics = full ? Path.Combine(folder, "input", "topics") : Path.Combine(folder, "topics");
        Directory.CreateDirectory(topics);
        var width = Math.Max(5, (n - 1).ToString().Length);
        var metas = Enumerable.Range(0, n).Select(i => PageMeta(seed, i, width)).ToArray();
        using var digest = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        for (var i = 0; i < n; i++)
        {
            var (slug, text) = RenderPage(seed, i, n, metas);
            if (full) text = FullPage(seed, i, text);
            var data = Encoding.UTF8.GetBytes(text);
            digest.AppendData(Encoding.UTF8.GetBytes(slug + "\0"));
            digest.AppendData(data);
            File.WriteAllBytes(Path.Combine(topics, slug + ".md"), data);
        }
        if (full) WriteFullExtras(seed, folder);
        return Convert.ToHexStringLower(digest.GetHashAndReset());
    }

    private static string Sentence(PythonRandom rng, int lo = 8, int hi = 18)
    {
        var count = rng.RandInt(lo, hi);
        var words = Enumerable.Range(0, count).Select(_ => rng.Choice(CorpusText.Words)).ToArray();
        words[0] = char.ToUpperInvariant(words[0][0]) + words[0][1..];
        return string.Join(' ', words) + ".";
    }

    private static string TitleFor(PythonRandom rng)
    {
        var pattern = rng.Choice(CorpusText.Patterns);
        var adjective = rng.Choice(CorpusText.Adjectives);
        var noun = rng.Choice(CorpusText.Nouns);
        return pattern.Replace("{A}", Capitalise(adjective)).Replace("{N}", Capitalise(noun));
    }

    private static string Capitalise(string word) => char.ToUpperInvariant(word[0]) + word[1..].ToLowerInvariant();

    /// <summary>Python's slugify of the generator: alphanumerics kept, runs of anything else become one dash.</summary>
    public static string Slugify(string text)
    {
        var slug = new StringBuilder();
        var dash = false;
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c)) { slug.Append(c); dash = false; }
            else if (!dash) { slug.Append('-'); dash = true; }
        }
        return slug.ToString().Trim('-');
    }

    private static (string Title, string Slug) PageMeta(int seed, int i, int width)
    {
        var rng = new PythonRandom($"{seed}:meta:{i}");
        var title = TitleFor(rng);
        return (title, $"{Slugify(title)}-{i.ToString().PadLeft(width, '0')}");
    }
}

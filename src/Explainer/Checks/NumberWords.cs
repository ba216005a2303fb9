namespace Explainer.Checks;

/// <summary>
/// Numbers written in words: "thirteen", "thirty-six", "three dozen", "two hundred", "eighth", "twenty-second".
/// A run of number words is read as one number where the words build one (tens then a unit, a count then a
/// scale), and as several where they cannot ("two three").
/// </summary>
internal static class NumberWords
{
    private static readonly string[] Units = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];

    private static readonly string[] Tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    private static readonly string[] UnitOrdinals = ["zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
        "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"];

    private static readonly string[] TenOrdinals = ["", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"];

    private static readonly Dictionary<string, decimal> Scales = new(StringComparer.OrdinalIgnoreCase)
    {
        ["dozen"] = 12, ["hundred"] = 100, ["thousand"] = 1_000, ["million"] = 1_000_000, ["billion"] = 1_000_000_000, ["trillion"] = 1_000_000_000_000,
    };

    private static readonly Dictionary<string, (decimal Value, WordKind Kind)> Vocabulary = Build();

    /// <summary>Every number word, longest first, for a regular expression's alternation.</summary>
    public static IEnumerable<string> All => Vocabulary.Keys.OrderByDescending(w => w.Length);

    public static bool IsScale(string word) => Scales.ContainsKey(word);

    public static bool IsOrdinal(string word) => Vocabulary.TryGetValue(word, out var entry) && entry.Kind is WordKind.Ordinal;

    /// <summary>Splits a run of number words into numbers: for each, its first and last word and its value.</summary>
    public static List<(int First, int Last, decimal Value)> Read(IReadOnlyList<string> words)
    {
        var numbers = new List<(int, int, decimal)>();
        var (first, total, current, previous) = (0, 0m, 0m, WordKind.None);
        for (var i = 0; i < words.Count; i++)
        {
            var (value, kind) = Vocabulary[words[i]];
            if (i > first && !Continues(previous, kind))
            {
                numbers.Add((first, i - 1, total + current));
                (first, total, current) = (i, 0m, 0m);
            }
            if (kind is WordKind.Scale && value < 1_000) current = Math.Max(current, 1) * value;
            else if (kind is WordKind.Scale) (total, current) = (total + Math.Max(current, 1) * value, 0);
            else current += value;
            previous = kind;
        }
        numbers.Add((first, words.Count - 1, total + current));
        return numbers;
    }

    /// <summary>Whether a word carries on the number before it: "twenty-six", "three dozen", "two hundred fifty".</summary>
    private static bool Continues(WordKind previous, WordKind next) => (previous, next) switch
    {
        (WordKind.Tens, WordKind.Unit or WordKind.Ordinal) => true,
        (WordKind.Unit or WordKind.Tens or WordKind.Scale, WordKind.Scale) => true,
        (WordKind.Scale, WordKind.Unit or WordKind.Tens or WordKind.Ordinal) => true,
        _ => false,
    };

    private static Dictionary<string, (decimal, WordKind)> Build()
    {
        var words = new Dictionary<string, (decimal, WordKind)>(StringComparer.OrdinalIgnoreCase);
        for (var n = 0; n < Units.Length; n++)
        {
            words[Units[n]] = (n, WordKind.Unit);
            words[UnitOrdinals[n]] = (n, WordKind.Ordinal);
        }
        for (var n = 2; n < Tens.Length; n++)
        {
            words[Tens[n]] = (n * 10, WordKind.Tens);
            words[TenOrdinals[n]] = (n * 10, WordKind.Ordinal);
        }
        foreach (var (word, value) in Scales) words[word] = (value, WordKind.Scale);
        return words;
    }

    private enum WordKind { None, Unit, Tens, Scale, Ordinal }
}

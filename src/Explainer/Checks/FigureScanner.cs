using System.Globalization;
using System.Text.RegularExpressions;

namespace Explainer.Checks;

/// <summary>
/// Finds the numbers in a text: dates ("2 November 2018", "April 2017", "23 October"), numbers in digits with
/// their currency, percentage or scale ("$126 million", "87 percent", "20%", "22nd"), and numbers in words.
/// Each is marked with whether it counts as a figure by <see cref="FigureRules"/>.
/// </summary>
internal static partial class FigureScanner
{
    private static readonly string[] Months = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[..12];

    public static List<Figure> Scan(string text)
    {
        var figures = new List<Figure>();
        var taken = new bool[text.Length];
        foreach (Match m in Dates().Matches(text)) Add(Date(m));
        foreach (Match m in Digits().Matches(text))
            if (!taken[m.Index]) Add(Number(text, m));
        foreach (Match m in WordRun().Matches(text))
            if (!taken[m.Index]) WordNumbers(text, m).ForEach(Add);
        return figures.OrderBy(f => f.Start).ToList();

        void Add(Figure figure)
        {
            figures.Add(figure);
            Array.Fill(taken, true, figure.Start, figure.End - figure.Start);
        }
    }

    private static Figure Date(Match m)
    {
        var year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) : (int?)null;
        var day = m.Groups["day"].Success ? int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture) : (int?)null;
        var month = Array.IndexOf(Months, m.Groups["month"].Value) + 1;
        return new Figure(m.Index, m.Index + m.Length, m.Value, FigureKind.Date, year, null, month, day, Counts: true);
    }

    private static Figure Number(string text, Match m)
    {
        var digits = decimal.Parse(m.Groups["number"].Value.Replace(",", ""), CultureInfo.InvariantCulture);
        var scale = m.Groups["scale"].Success ? NumberWords.Read([m.Groups["scale"].Value])[0].Value : 1;
        // A plain four-digit number in the range of years reads as a year: "in 2017", "2000 is when ZTE arrived".
        var isYear = m.Length == 4 && digits is >= 1000 and <= 2100;
        var counts = FigureRules.CountsDigits(text, m.Index, m.Index + m.Length);
        return new Figure(m.Index, m.Index + m.Length, m.Value, isYear ? FigureKind.Date : FigureKind.Quantity, digits * scale, digits, null, null, counts);
    }

    private static List<Figure> WordNumbers(string text, Match m)
    {
        var words = m.Groups["word"].Captures.Select(c => c.Value).ToList();
        var captures = m.Groups["word"].Captures;
        return NumberWords.Read(words).Select(n =>
        {
            var (start, end) = (captures[n.First].Index, captures[n.Last].Index + captures[n.Last].Length);
            var counts = FigureRules.CountsWords(text, end, words[n.First..(n.Last + 1)], n.Value);
            return new Figure(start, end, text[start..end], FigureKind.Quantity, n.Value, n.Value, null, null, counts);
        }).ToList();
    }

    private const string Month = "(?<month>January|February|March|April|May|June|July|August|September|October|November|December)";

    private const string Day = @"(?<day>[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)?";

    [GeneratedRegex(@"\b(?:" + Month + @"\s+" + Day + @",?\s+(?<year>[0-9]{4})|" + Day + @"\s+" + Month + @"(?:,?\s+(?<year>[0-9]{4}))?|"
        + Month + @"(?:\s+of)?\s+(?<year>[0-9]{4})|" + Month + @"\s+" + Day + @")\b(?![.,]?[0-9])")]
    private static partial Regex Dates();

    [GeneratedRegex(@"(?<![0-9.,$€£])(?:US\$|\$|€|£)?(?<number>[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?)(?:(?:st|nd|rd|th)(?![A-Za-z])|\s?%|\s+per\s?cent\b|[\s-](?<scale>thousand|million|billion|trillion)\b)?")]
    private static partial Regex Digits();

    /// <summary>The number words of <see cref="NumberWords"/>, longest first (a unit test keeps the two in step).</summary>
    internal const string Word = "(?<word>seventeenth|eighteenth|fourteenth|nineteenth|seventieth|thirteenth|eightieth|fifteenth|ninetieth|seventeen|sixteenth|thirtieth|twentieth|eighteen|eleventh|fiftieth|fortieth|fourteen|nineteen|sixtieth|thirteen|thousand|trillion|billion|fifteen|hundred|million|seventh|seventy|sixteen|twelfth|eighth|eighty|eleven|fourth|ninety|second|thirty|twelve|twenty|zeroth|dozen|eight|fifth|fifty|first|forty|ninth|seven|sixth|sixty|tenth|third|three|five|four|nine|zero|one|six|ten|two)";

    /// <summary>A run of number words joined by spaces or hyphens: "thirty-six", "three dozen", "two hundred fifty".</summary>
    [GeneratedRegex(@"\b" + Word + @"(?:[ \t\n-]+" + Word + @")*\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WordRun();
}

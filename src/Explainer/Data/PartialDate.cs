using System.Globalization;

namespace Explainer.Data;

/// <summary>
/// A date that may be known only to the year or month, as CSL allows for a source's
/// "issued" date: 2018, 2018-11 or 2018-11-02.
/// </summary>
public sealed record PartialDate(int Year, int? Month = null, int? Day = null) : IComparable<PartialDate>
{
    public static bool TryParse(string text, out PartialDate? date)
    {
        date = null;
        var parts = text.Split('-');
        if (parts.Length is < 1 or > 3 || parts[0].Length != 4 || parts.Skip(1).Any(p => p.Length != 2)) return false;
        if (!parts.All(p => p.All(char.IsAsciiDigit))) return false;
        var year = int.Parse(parts[0], CultureInfo.InvariantCulture);
        int? month = parts.Length > 1 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : null;
        int? day = parts.Length > 2 ? int.Parse(parts[2], CultureInfo.InvariantCulture) : null;
        if (year < 1 || month is < 1 or > 12) return false;
        if (day is not null && (day < 1 || day > DateTime.DaysInMonth(year, month!.Value))) return false;
        date = new PartialDate(year, month, day);
        return true;
    }

    /// <summary>ISO form with only the known parts: "2018", "2018-11" or "2018-11-02".</summary>
    public override string ToString() =>
        Day is not null ? $"{Year:D4}-{Month:D2}-{Day:D2}" : Month is not null ? $"{Year:D4}-{Month:D2}" : $"{Year:D4}";

    /// <summary>Human form: "2 November 2018", "November 2018" or "2018".</summary>
    public string ToLongText()
    {
        var culture = CultureInfo.InvariantCulture;
        if (Month is null) return Year.ToString(culture);
        var monthName = culture.DateTimeFormat.GetMonthName(Month.Value);
        return Day is null ? $"{monthName} {Year}" : $"{Day} {monthName} {Year}";
    }

    /// <summary>The date parts as CSL-JSON writes them: [[2018, 11, 2]].</summary>
    public int[] ToCslParts() => Day is not null ? [Year, Month!.Value, Day.Value] : Month is not null ? [Year, Month.Value] : [Year];

    public int CompareTo(PartialDate? other) => other is null ? 1
        : (Year, Month ?? 0, Day ?? 0).CompareTo((other.Year, other.Month ?? 0, other.Day ?? 0));
}

using Explainer.Model;

namespace Explainer.Tests.Unit;

public sealed class TermMatcherTests
{
    private static readonly TermMatcher Matcher = new([
        ("Great Firewall", "gf"), ("Great Firewall of China", "gfc"), ("AI", "ai"), ("facial recognition", "fr"),
        ("Made in China 2025", "mic"), ("ECU-911", "ecu"), ("China’s model", "model"),
    ]);

    private static List<(string Text, string Slug)> Find(string text, TermMatcher? matcher = null) =>
        (matcher ?? Matcher).FindAll(text).Select(m => (text.Substring(m.Start, m.Length), m.Slug)).ToList();

    [Fact]
    public void Prefers_the_longest_name_at_the_leftmost_position() =>
        Assert.Equal([("Great Firewall of China", "gfc"), ("great firewall", "gf")], Find("The Great Firewall of China and the great firewall."));

    [Fact]
    public void Matches_whole_words_only() =>
        Assert.Empty(Find("GreatFirewalls, AIs and facial recognitions"));

    [Fact]
    public void Capital_only_names_match_only_in_capitals() =>
        Assert.Equal([("AI", "ai")], Find("said ai, Ai and AI"));

    [Fact]
    public void Names_with_digits_and_hyphens_match() =>
        Assert.Equal([("Made in China 2025", "mic"), ("ECU-911", "ecu")], Find("Made in China 2025 funded ECU-911."));

    [Fact]
    public void Typographic_and_straight_apostrophes_and_line_breaks_are_the_same() =>
        Assert.Equal([("China's model", "model"), ("facial\nrecognition", "fr")], Find("China's model uses facial\nrecognition"));

    [Fact]
    public void Non_latin_text_is_scanned_without_trouble() =>
        Assert.Empty(Find("防火长城 جدار الحماية العظيم"));

    private static readonly TermMatcher Countries = new([
        ("Guinea", "guinea"), ("Papua New Guinea", "papua-new-guinea"), ("Côte d'Ivoire", "ivory-coast"), ("Turkey", "turkey"), ("U.S.", "us"),
    ], matchCase: true);

    [Fact]
    public void Names_matched_as_written_keep_their_capitals() =>
        Assert.Equal([("Turkey", "turkey"), ("U.S.", "us")], Find("turkey in Turkey, u.s. and U.S.", Countries));

    [Fact]
    public void Names_matched_as_written_span_line_breaks_and_typographic_apostrophes() =>
        Assert.Equal([("Papua New\nGuinea", "papua-new-guinea"), ("Côte d’Ivoire", "ivory-coast"), ("Guinea", "guinea")],
            Find("Papua New\nGuinea, Côte d’Ivoire and Guinea", Countries));
}

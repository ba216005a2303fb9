using Explainer.Search;

namespace Explainer.Tests.Unit;

/// <summary>Search text keeps words and single spaces between them, however much whitespace the page had.</summary>
public sealed class CollapsedTextTests
{
    [Fact]
    public void Runs_of_whitespace_become_one_space_and_none_lead_or_trail()
    {
        var text = new CollapsedText();
        text.Append("\n    Golden\t\tShield ");
        text.Append(' ');
        text.Append("\u00a0project\n");
        Assert.Equal("Golden Shield project", text.ToString());
        Assert.Equal(' ', text.Last);
    }

    [Fact]
    public void A_space_between_two_appends_is_kept_once()
    {
        var text = new CollapsedText();
        text.Append("one ");
        text.Append(" two");
        text.Append('.');
        Assert.Equal("one two.", text.ToString());
        Assert.Equal('.', text.Last);
    }

    [Fact]
    public void Text_longer_than_the_first_room_is_kept_whole()
    {
        var text = new CollapsedText(capacity: 16);
        var words = Enumerable.Range(0, 2_000).Select(i => $"word{i}").ToList();
        foreach (var word in words) text.Append($"  {word}\n");
        Assert.Equal(string.Join(' ', words), text.ToString());
    }

    [Fact]
    public void Cleared_text_starts_again_and_the_first_whitespace_is_dropped()
    {
        var text = new CollapsedText();
        text.Append("first page");
        text.Clear();
        Assert.Equal(0, text.Length);
        Assert.Equal(' ', text.Last);
        text.Append("  second");
        Assert.Equal("second", text.ToString());
    }
}

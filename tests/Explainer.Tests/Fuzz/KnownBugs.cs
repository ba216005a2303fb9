using System.Collections.Concurrent;
using Xunit.Abstractions;

namespace Explainer.Tests.Fuzz;

/// <summary>
/// Failures the fuzzers meet that are already reported, each by a skipped test named here, so the
/// fuzzers keep hunting for new ones meanwhile. Each check is as narrow as its bug, and every hit
/// is counted and printed; once a bug is fixed its check never matches and can be removed.
/// </summary>
public sealed partial class KnownBugs
{
    private readonly ConcurrentDictionary<string, int> _hits = new(StringComparer.Ordinal);

    /// <summary>
    /// 128 or more unclosed '[' pass Markdig's parser but exceed its depth limit in the HTML renderer,
    /// which PageMarkdown does not guard (DeepNestingTests.Thousands_of_unclosed_brackets_are_a_diagnostic_not_an_internal_error);
    /// the thread's reused renderer then fails every later page too
    /// (DeepNestingTests.A_page_too_deep_to_render_does_not_break_the_pages_rendered_after_it).
    /// </summary>
    public bool IsRenderingDepthCrash(Exception e) => Hit("rendering depth crash",
        e is ArgumentException && e.Message.Contains("too deeply nested", StringComparison.Ordinal) && (e.StackTrace?.Contains("Markdig.Renderers", StringComparison.Ordinal) ?? false));

    /// <summary>The same bug in a whole build, where RenderMarkdown's guard turns it into EXP904.</summary>
    public bool IsRenderingDepthCrash(string code, string message) => Hit("rendering depth crash",
        code == "EXP904" && message.Contains("RenderMarkdown", StringComparison.Ordinal) && message.Contains("too deeply nested", StringComparison.Ordinal));

    /// <summary>
    /// Too deep a discrepancy note throws from ReadDiscrepancies, which nothing guards, out of the whole
    /// build (DeepNestingTests.A_discrepancy_note_nested_thousands_deep_is_a_diagnostic_not_a_crash).
    /// </summary>
    public bool IsDiscrepancyNoteDepthCrash(Exception e) => Hit("discrepancy note depth crash",
        e is ArgumentException && e.Message.Contains("too deeply nested", StringComparison.Ordinal) && (e.StackTrace?.Contains("ReadDiscrepancies", StringComparison.Ordinal) ?? false));

    /// <summary>
    /// A paragraph number written in non-ASCII digits ('¶٣') matches the citation grammar's \d but
    /// int.Parse refuses it (CitationMistakeTests.A_paragraph_number_in_other_digits_is_a_malformed_citation_not_an_internal_error).
    /// </summary>
    public bool IsNonAsciiDigitCrash(Exception e) => Hit("non-ASCII digits crash",
        e is FormatException && (e.StackTrace?.Contains("CitationSyntax.TryParseItem", StringComparison.Ordinal) ?? false));

    /// <summary>The same bug in a whole build, where RenderMarkdown's guard turns it into EXP904.</summary>
    public bool IsNonAsciiDigitCrash(string code, string message) => Hit("non-ASCII digits crash",
        code == "EXP904" && message.Contains("FormatException", StringComparison.Ordinal));

    /// <summary>
    /// A message that quotes the offending text keeps its line breaks, so the diagnostic spans lines
    /// (CitationMistakeTests.A_malformed_citation_across_a_line_break_is_reported_on_one_line,
    /// RawHtmlSiteTests.A_refused_value_with_a_line_break_is_reported_on_one_line,
    /// SettingsMistakeTests.An_invalid_literal_is_reported_on_one_line,
    /// FrontmatterMistakeTests.An_unknown_key_with_a_line_break_is_reported_on_one_line).
    /// </summary>
    public bool IsQuotedLineBreak(string message) => Hit("line break quoted in a message",
        message.IndexOfAny(['\n', '\r']) >= 0 && message.IndexOfAny(['\'', '"']) >= 0);

    /// <summary>
    /// Inside a heading underlined with --- or ===, positions are one line too low per line of heading
    /// text (CitationMistakeTests.Problems_in_an_underlined_heading_are_reported_on_their_own_line). The
    /// oracle cannot tell where the heading is, so this accepts any position below an underline that
    /// closes a paragraph.
    /// </summary>
    public bool IsSetextHeadingPosition(string[] lines, int line) => Hit("position in an underlined heading",
        Enumerable.Range(2, Math.Max(0, Math.Min(line, lines.Length) - 1))
            .Any(u => SetextUnderline().IsMatch(lines[u - 1]) && lines[u - 2].Trim().Length > 0));

    /// <summary>
    /// Columns in Markdown count a tab as the spaces up to the next multiple of four, where YAML and
    /// the rest count it as one character (CitationMistakeTests.A_problem_after_a_tab_is_reported_at_its_character_column).
    /// </summary>
    public bool IsTabExpandedColumn(string[] lines, int line, int column) => Hit("tab counted as several columns",
        line <= lines.Length && lines[line - 1].Contains('\t') && column <= VisualLength(lines[line - 1]) + 1);

    private static int VisualLength(string text) => text.Aggregate(0, (width, c) => c == '\t' ? width + 4 - width % 4 : width + 1);

    // Also inside block quotes, where the underline line starts with '>'.
    [System.Text.RegularExpressions.GeneratedRegex(@"^[ >]*(=+|-+)[ \t]*$")]
    private static partial System.Text.RegularExpressions.Regex SetextUnderline();

    /// <summary>
    /// statiq.json syntax errors give the column in UTF-8 bytes, not characters
    /// (SettingsMistakeTests.A_syntax_error_after_non_ascii_text_is_reported_at_its_character_column).
    /// </summary>
    public bool IsJsonByteColumn(string code, string[] lines, int line, int column) => Hit("JSON column in bytes",
        code == "EXP101" && line <= lines.Length && column <= System.Text.Encoding.UTF8.GetByteCount(lines[line - 1]) + 1 && lines[line - 1].Any(c => c > 127));

    public void Report(ITestOutputHelper log, string fuzzer)
    {
        foreach (var (bug, hits) in _hits.OrderBy(h => h.Key, StringComparer.Ordinal))
            log.WriteLine($"{fuzzer}: {hits} inputs hit the known bug '{bug}'");
    }

    private bool Hit(string bug, bool matches)
    {
        if (matches) _hits.AddOrUpdate(bug, 1, (_, n) => n + 1);
        return matches;
    }
}

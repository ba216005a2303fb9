namespace Explainer.Tests.Support;

/// <summary>
/// One example of a spec file: Markdown in, expected HTML out, and optionally the diagnostics
/// it must produce (lines "! CODE line:column message-part" after the HTML).
/// </summary>
public sealed record SpecExample(string File, int Number, int Line, string Section, string Markdown, string Html, IReadOnlyList<string> Diagnostics)
{
    private const string Fence = "```````````````````````````````` example";
    private const string End = "````````````````````````````````";

    public override string ToString() => $"{File} #{Number} (line {Line}, {Section})";

    /// <summary>Reads the examples of a spec file in the format of markdig's and CommonMark's specs.</summary>
    public static IEnumerable<SpecExample> Read(string path)
    {
        var lines = System.IO.File.ReadAllLines(path);
        var section = "";
        var number = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith('#')) section = lines[i].TrimStart('#', ' ');
            if (lines[i] != Fence) continue;
            var start = i + 1;
            var body = new List<string>();
            while (++i < lines.Length && lines[i] != End) body.Add(lines[i]);
            var dot = body.IndexOf(".");
            var markdown = string.Join('\n', body.Take(dot)).Replace('→', '\t') + "\n";
            var expected = body.Skip(dot + 1).ToList();
            yield return new SpecExample(System.IO.Path.GetFileName(path), ++number, start, section, markdown,
                string.Join('\n', expected.Where(l => !l.StartsWith("! ", StringComparison.Ordinal))).Trim(),
                expected.Where(l => l.StartsWith("! ", StringComparison.Ordinal)).Select(l => l[2..]).ToList());
        }
    }
}

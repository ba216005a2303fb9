using System.Collections.Concurrent;

namespace Explainer.Diagnostics;

/// <summary>
/// Collects every problem of a build, from any thread, so all of them are reported
/// together at the end instead of stopping at the first.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();

    public bool HasErrors => _items.Any(d => d.IsError);

    public int ErrorCount => _items.Count(d => d.IsError);

    public int WarningCount => _items.Count(d => !d.IsError);

    /// <summary>Adds a diagnostic, its message kept to one line so every problem prints as one line.</summary>
    public void Add(Diagnostic diagnostic) => _items.Enqueue(diagnostic with { Message = OneLine(diagnostic.Message) });

    /// <summary>A message on one line: quoted input may hold line breaks or be very long (a whole file), so breaks show as \n and the rest is cut.</summary>
    public static string OneLine(string message)
    {
        if (message.AsSpan().IndexOfAny("\r\n\t") < 0 && message.Length <= 400) return message;
        var flat = message.Replace("\r\n", "\\n").Replace("\n", "\\n").Replace("\r", "\\n").Replace("\t", "\\t");
        return flat.Length <= 400 ? flat : flat[..397] + "...";
    }

    public void Error(SourcePosition at, ErrorCode code, string message) =>
        Add(new Diagnostic(at.Path, at.Line, at.Column, code, message));

    public void Warning(SourcePosition at, ErrorCode code, string message) =>
        Add(new Diagnostic(at.Path, at.Line, at.Column, code, message, Severity.Warning));

    /// <summary>All diagnostics in a stable order (<see cref="Order"/>), whatever thread found them.</summary>
    public IReadOnlyList<Diagnostic> Sorted()
    {
        var sorted = _items.Distinct().ToList();
        sorted.Sort(Order);
        return sorted;
    }

    /// <summary>File, line, column, code, message: the order diagnostics are reported in.</summary>
    public static readonly IComparer<Diagnostic> Order = Comparer<Diagnostic>.Create((a, b) =>
    {
        var order = string.CompareOrdinal(a.Path, b.Path);
        if (order == 0) order = a.Line.CompareTo(b.Line);
        if (order == 0) order = a.Column.CompareTo(b.Column);
        if (order == 0) order = string.CompareOrdinal(a.Code.Id, b.Code.Id);
        return order != 0 ? order : string.CompareOrdinal(a.Message, b.Message);
    });
}

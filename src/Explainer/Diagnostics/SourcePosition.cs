namespace Explainer.Diagnostics;

/// <summary>A place in a site file: path relative to the site root, 1-based line and column.</summary>
public readonly record struct SourcePosition(string Path, int Line, int Column)
{
    public static SourcePosition StartOf(string path) => new(path, 1, 1);

    public SourcePosition Offset(int lines, int columns = 0) => this with { Line = Line + lines, Column = Column + columns };

    public override string ToString() => $"{Path}:{Line}:{Column}";
}

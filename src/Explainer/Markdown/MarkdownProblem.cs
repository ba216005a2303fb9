using Explainer.Diagnostics;

namespace Explainer.Markdown;

/// <summary>
/// Receives a problem found in Markdown, at a 0-based line and column of the Markdown text
/// (the caller maps them into the file). Parsers and resolvers report through this and never throw.
/// </summary>
public delegate void ReportProblem(int line, int column, ErrorCode code, string message);

/// <summary>
/// How the passes over a parsed page report: at a character offset of the page's Markdown, which
/// <see cref="MarkdownPositions"/> turns into an exact line and column.
/// </summary>
public delegate void ReportAt(int offset, ErrorCode code, string message);

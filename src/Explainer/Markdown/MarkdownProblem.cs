using Explainer.Diagnostics;

namespace Explainer.Markdown;

/// <summary>
/// Receives a problem found in Markdown, at a 0-based line and column of the Markdown text
/// (the caller maps them into the file). Parsers and resolvers report through this and never throw.
/// </summary>
public delegate void ReportProblem(int line, int column, ErrorCode code, string message);

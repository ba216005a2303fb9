namespace Explainer.Diagnostics;

/// <summary>How serious a diagnostic is: any error fails the build; warnings are only reported.</summary>
public enum Severity { Error, Warning }

/// <summary>
/// One problem found in the site, pinned to a file and a 1-based line and column.
/// Path is relative to the site root and always uses forward slashes, so the same
/// diagnostic reads the same on every machine.
/// </summary>
public sealed record Diagnostic(string Path, int Line, int Column, ErrorCode Code, string Message, Severity Severity = Severity.Error)
{
    public bool IsError => Severity == Severity.Error;

    /// <summary>The one-line form editors and tools read: <c>path:line:column: CODE message</c>.</summary>
    public override string ToString() => Severity == Severity.Error
        ? $"{Path}:{Line}:{Column}: {Code.Id} {Message}"
        : $"{Path}:{Line}:{Column}: {Code.Id} warning: {Message}";
}

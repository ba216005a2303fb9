using Explainer.Diagnostics;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Explainer.Theme;

/// <summary>
/// Scriban's <c>include</c>, confined to the theme's partials: <c>{{ include 'references' }}</c>
/// renders theme/partials/references.sbn, parsed once when the theme loads, in the caller's scope.
/// A name the theme does not have is an error at the include. The partial writes straight into
/// the page being rendered, escaped as it writes, so nothing is escaped twice or copied.
/// </summary>
public sealed class PartialInclude(IReadOnlyDictionary<string, Template> partials) : OneArgumentFunction("name", typeof(string), typeof(void))
{
    /// <summary>Thrown for an include of a partial the theme does not have.</summary>
    public sealed class MissingPartialException(Scriban.Parsing.SourceSpan span, string message) : ScriptRuntimeException(span, message);

    public override object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var span = callerContext?.Span ?? default;
        var name = arguments.Count > 0 ? context.ObjectToString(arguments[0]) ?? "" : "";
        if (!partials.TryGetValue(name, out var partial))
            throw new MissingPartialException(span, $"partial '{name}' not found in theme/partials/{Suggestions.DidYouMean(name, partials.Keys)}");
        context.EnterRecursive(callerContext!);
        try
        {
            // Template.Render would hand back, and clear, the whole page written so far: a copy per include.
            if (partial.Page is { } page) context.Evaluate(page);
            return null;
        }
        finally
        {
            context.ExitRecursive(callerContext!);
        }
    }
}

using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Explainer.Theme;

/// <summary>
/// A template function of one argument that returns text (<c>rel_url</c>, <c>format_date</c>...):
/// rel_url alone runs dozens of times a page, so it is called directly, not through reflection.
/// </summary>
public sealed class TemplateFunction(string name, Func<TemplateContext, object?, string> body) : OneArgumentFunction("value", typeof(object), typeof(string))
{
    public override object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var span = callerContext?.Span ?? default;
        if (arguments.Count != 1) throw new ScriptRuntimeException(span, $"{name} takes one argument, not {arguments.Count}");
        return body(context, arguments[0]);
    }
}

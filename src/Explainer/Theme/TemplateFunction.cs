using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Explainer.Theme;

/// <summary>
/// A template function of one argument, called directly. Scriban calls an imported delegate through
/// reflection on every use, which showed in profiles of big sites: rel_url runs dozens of times a page.
/// </summary>
public sealed class TemplateFunction(string name, Func<TemplateContext, object?, string> body) : IScriptCustomFunction
{
    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var span = callerContext?.Span ?? default;
        if (arguments.Count != 1) throw new ScriptRuntimeException(span, $"{name} takes one argument, not {arguments.Count}");
        return body(context, arguments[0]);
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(string);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), "value");
}

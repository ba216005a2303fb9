using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Explainer.Theme;

/// <summary>
/// A function the theme's templates call with one argument, written against Scriban's
/// <see cref="IScriptCustomFunction"/> directly: an imported delegate would be called through
/// reflection on every use. Subclasses say what the call does.
/// </summary>
public abstract class OneArgumentFunction(string parameterName, Type parameterType, Type returnType) : IScriptCustomFunction
{
    public abstract object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement);

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => returnType;

    public ScriptParameterInfo GetParameterInfo(int index) => new(parameterType, parameterName);
}

using Scriban;
using Scriban.Syntax;

namespace Explainer.Theme;

/// <summary>
/// Finds the partials a parsed template includes by name (<c>{{ include 'references' }}</c>), so
/// an include of a partial the theme does not have is reported when the theme loads, at the
/// include, even if no page happens to reach it.
/// </summary>
public sealed class IncludeCheck : ScriptVisitor
{
    private readonly List<(string Name, Scriban.Parsing.SourceSpan Span)> _includes = [];

    public static IReadOnlyList<(string Name, Scriban.Parsing.SourceSpan Span)> Of(Template template)
    {
        var check = new IncludeCheck();
        template.Page?.Accept(check);
        return check._includes;
    }

    public override void Visit(ScriptFunctionCall node)
    {
        if (node.Target is ScriptVariable { Name: "include" } && node.Arguments.Count > 0 && node.Arguments[0] is ScriptLiteral { Value: string name })
            _includes.Add((name, node.Span));
        base.Visit(node);
    }
}

namespace Explainer.Diagnostics;

/// <summary>A stable code for one kind of mistake, with what it means and how to fix it.</summary>
public sealed record ErrorCode(string Id, string Meaning, string Fix)
{
    public override string ToString() => Id;
}

namespace Explainer.Pipeline;

/// <summary>
/// One step of the pipeline, named after what it does (<c>ReadGlossary</c>, <c>WriteFiles</c>).
/// A stage receives what earlier stages built as typed inputs, in its constructor or its
/// <c>Process</c> method, so the order of stages is checked by the compiler.
/// </summary>
public interface IStage
{
    /// <summary>The name shown in the build summary's timings.</summary>
    string Name => GetType().Name;
}

/// <summary>
/// A stage that looks at one document at a time. The runner gives it documents in parallel and
/// fuses consecutive document stages, so a page flows through them without waiting for the rest.
/// </summary>
public abstract class DocumentStage : IStage
{
    /// <summary>The changed document, the same one when there is nothing to do, or null to drop it.</summary>
    public abstract Document? Process(Document document, BuildContext context);
}

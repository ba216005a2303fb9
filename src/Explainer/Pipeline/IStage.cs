namespace Explainer.Pipeline;

/// <summary>One step of the pipeline. Stages come in two shapes: see the two base classes.</summary>
public interface IStage
{
    /// <summary>The name shown in the build summary's timings.</summary>
    string Name => GetType().Name;
}

/// <summary>
/// A stage that looks at one document at a time. The runner gives it documents in parallel
/// and fuses consecutive document stages, so a page flows through them without waiting for the rest.
/// </summary>
public abstract class DocumentStage : IStage
{
    /// <summary>The changed document, the same one when there is nothing to do, or null to drop it.</summary>
    public abstract Document? Process(Document document, BuildContext context);
}

/// <summary>A stage that needs every document at once: cross-linking, indexes, checks.</summary>
public abstract class CollectionStage : IStage
{
    public abstract IReadOnlyList<Document> Process(IReadOnlyList<Document> documents, BuildContext context);
}

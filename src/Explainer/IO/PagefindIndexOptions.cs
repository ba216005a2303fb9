using System.Text.Json;

namespace Explainer.IO;

/// <summary>The settings of one Pagefind index (the service's NewIndex config); unset ones keep Pagefind's defaults.</summary>
public sealed record PagefindIndexOptions
{
    /// <summary>Every page in this language: no per-page detection, one index (an ISO 639-1 code).</summary>
    public string? ForceLanguage { get; init; }

    /// <summary>At most this many fragment files per language; more pages share bundled fragment files.</summary>
    public int? MaxFragments { get; init; }

    internal void WriteTo(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        if (ForceLanguage is not null) json.WriteString("force_language", ForceLanguage);
        if (MaxFragments is { } max) json.WriteNumber("max_fragments", max);
        json.WriteBoolean("verbose", false);
        json.WriteEndObject();
    }
}

using Explainer.Diagnostics;

namespace Explainer.Data;

/// <summary>Which error codes schema problems get: frontmatter and statiq.json have their own ranges.</summary>
/// <param name="JsonTypes">The text is JSON, where a number or true/false is never text: an unquoted
/// value where text is expected is a wrong type. YAML authors may leave text unquoted.</param>
public sealed record SchemaCodes(ErrorCode UnknownKey, ErrorCode WrongType, ErrorCode InvalidDate, ErrorCode MissingKey, ErrorCode InvalidValue, bool JsonTypes = false)
{
    public static readonly SchemaCodes Frontmatter = new(
        ErrorCodes.UnknownKey, ErrorCodes.WrongType, ErrorCodes.InvalidDate, ErrorCodes.MissingKey, ErrorCodes.InvalidValue);

    public static readonly SchemaCodes Settings = new(
        ErrorCodes.SettingsUnknownKey, ErrorCodes.SettingsWrongType, ErrorCodes.SettingsWrongType, ErrorCodes.SettingsWrongType, ErrorCodes.SettingsWrongType, JsonTypes: true);
}

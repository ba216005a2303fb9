using Explainer.Diagnostics;

namespace Explainer.Data;

/// <summary>Which error codes schema problems get: frontmatter and statiq.json have their own ranges.</summary>
public sealed record SchemaCodes(ErrorCode UnknownKey, ErrorCode WrongType, ErrorCode InvalidDate, ErrorCode MissingKey, ErrorCode InvalidValue)
{
    public static readonly SchemaCodes Frontmatter = new(
        ErrorCodes.UnknownKey, ErrorCodes.WrongType, ErrorCodes.InvalidDate, ErrorCodes.MissingKey, ErrorCodes.InvalidValue);

    public static readonly SchemaCodes Settings = new(
        ErrorCodes.SettingsUnknownKey, ErrorCodes.SettingsWrongType, ErrorCodes.SettingsWrongType, ErrorCodes.SettingsWrongType, ErrorCodes.SettingsWrongType);
}

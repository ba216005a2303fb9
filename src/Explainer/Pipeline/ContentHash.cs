using System.Security.Cryptography;
using System.Text;

namespace Explainer.Pipeline;

/// <summary>Short, stable fingerprints of text, for cache keys and for telling changed output files from unchanged ones.</summary>
public static class ContentHash
{
    public static string Of(string text) => Of(Encoding.UTF8.GetBytes(text));

    /// <summary>The fingerprint of UTF-8 text, e.g. a file as written; equal to <see cref="Of(string)"/> of the same text.</summary>
    public static string Of(ReadOnlySpan<byte> utf8)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(utf8, hash);
        return Convert.ToHexString(hash[..16]);
    }

    /// <summary>One fingerprint for several parts, in order.</summary>
    public static string Of(params IEnumerable<string?> parts) => Of(string.Join('\u001f', parts.Select(p => p ?? "\u0000")));
}

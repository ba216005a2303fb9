using System.Security.Cryptography;
using System.Text;

namespace Explainer.Pipeline;

/// <summary>Short, stable fingerprints of text, for cache keys and for telling changed output files from unchanged ones.</summary>
public static class ContentHash
{
    public static string Of(string text)
    {
        Span<byte> hash = stackalloc byte[32];
        var bytes = Encoding.UTF8.GetBytes(text);
        SHA256.HashData(bytes, hash);
        return Convert.ToHexString(hash[..16]);
    }

    /// <summary>One fingerprint for several parts, in order.</summary>
    public static string Of(params IEnumerable<string?> parts) => Of(string.Join('\u001f', parts.Select(p => p ?? "\u0000")));
}

using System.Text;

namespace Explainer.Pipeline;

/// <summary>
/// A rendered page body held as UTF-8 until its layout is applied. Every page's body waits in
/// memory while the cross-page stages run; as UTF-8 it takes half the room of a .NET string, and
/// turning mostly-ASCII text back into a string costs microseconds.
/// </summary>
public sealed class Utf8Html(string html)
{
    private readonly byte[] _bytes = Encoding.UTF8.GetBytes(html);

    public override string ToString() => Encoding.UTF8.GetString(_bytes);
}

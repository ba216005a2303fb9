using System.Buffers.Binary;
using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Runtime.InteropServices;
using Explainer.IO;

namespace Explainer.Theme;

/// <summary>
/// A fingerprint of everything a template can see in a page's model: every value reachable from
/// it, walked the way Scriban walks it (dictionaries, lists, public properties of views).
/// Two models with the same fingerprint render the same page with the same compiled theme, so a
/// preview session can reuse a page's layout output when nothing it shows has changed. A model
/// too deep to be a tree of views has no fingerprint and is simply rendered.
/// </summary>
public sealed class ModelFingerprint
{
    private const int MaxDepth = 32;

    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();

    // The model is written out as one byte stream and hashed once: many tiny hash updates cost more.
    [ThreadStatic]
    private static byte[]? _scratch;

    private byte[] _bytes;
    private int _length;

    private ModelFingerprint(byte[] bytes) => _bytes = bytes;

    public static string? Of(IEnumerable<KeyValuePair<string, object?>> model)
    {
        var fingerprint = new ModelFingerprint(_scratch ?? new byte[64 * 1024]);
        var complete = fingerprint.AddEntries(model, depth: 0);
        _scratch = fingerprint._bytes;
        return complete ? Pipeline.ContentHash.Of(fingerprint._bytes.AsSpan(0, fingerprint._length)) : null;
    }

    private bool Add(object? value, int depth)
    {
        if (depth > MaxDepth) return false;
        switch (value)
        {
            case null:
                Tag('0');
                return true;
            case string text:
                Tag('s');
                Text(text);
                return true;
            case Utf8Text utf8: // a rendered body: its own fingerprint, worked out once per body
                Tag('u');
                Text(utf8.Fingerprint);
                return true;
            case RawHtml html:
                Tag('h');
                Text(html.Fingerprint);
                return true;
            case IFormattable formattable: // numbers, dates, enums
                Tag('f');
                Text(value.GetType().Name);
                Text(formattable.ToString(null, CultureInfo.InvariantCulture));
                return true;
            case bool flag:
                Tag(flag ? 'T' : 'F');
                return true;
            case char or IConvertible: // the primitives IFormattable leaves out
                Tag('c');
                Text(value.GetType().Name);
                Text(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "");
                return true;
            case IEnumerable<KeyValuePair<string, object?>> entries:
                Tag('d');
                return AddEntries(entries, depth);
            case IDictionary dictionary:
                Tag('d');
                foreach (DictionaryEntry entry in dictionary)
                    if (!Add(entry.Key, depth + 1) || !Add(entry.Value, depth + 1)) return false;
                Tag('e');
                return true;
            case IEnumerable items:
                Tag('l');
                foreach (var item in items)
                    if (!Add(item, depth + 1)) return false;
                Tag('e');
                return true;
            default:
                return AddObject(value, depth);
        }
    }

    private bool AddEntries(IEnumerable<KeyValuePair<string, object?>> entries, int depth)
    {
        foreach (var (key, value) in entries)
        {
            Text(key);
            if (!Add(value, depth + 1)) return false;
        }
        Tag('e');
        return true;
    }

    // A view (record or class): its type and every public property, as a template reads them.
    private bool AddObject(object value, int depth)
    {
        var type = value.GetType();
        Tag('o');
        Text(type.FullName ?? type.Name);
        foreach (var property in Properties.GetOrAdd(type, PublicProperties))
        {
            Text(property.Name);
            if (!Add(property.GetValue(value), depth + 1)) return false;
        }
        Tag('e');
        return true;
    }

    private static PropertyInfo[] PublicProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0)
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .ToArray();

    private void Tag(char tag) => Room(1)[0] = (byte)tag;

    private void Length(int length) => BinaryPrimitives.WriteInt32LittleEndian(Room(4), length);

    private Span<byte> Room(int size)
    {
        if (_length + size > _bytes.Length) Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, _length + size));
        _length += size;
        return _bytes.AsSpan(_length - size, size);
    }

    // Length first, so "ab"+"c" and "a"+"bc" differ; UTF-16 as it is in memory, no encoding needed.
    private void Text(string text)
    {
        Length(text.Length);
        MemoryMarshal.AsBytes(text.AsSpan()).CopyTo(Room(text.Length * sizeof(char)));
    }
}

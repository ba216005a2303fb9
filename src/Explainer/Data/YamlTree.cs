using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Explainer.Data;

/// <summary>
/// Builds <see cref="DataNode"/>s from the YAML parser's events, within fixed limits, so that any
/// input costs bounded time and memory. An alias does not copy its anchor's value, it shares it,
/// and the values it stands for are counted: a few hundred bytes of nested aliases (the "billion
/// laughs") would otherwise expand to billions of values in every step that walks them.
/// </summary>
public sealed class YamlTree
{
    /// <summary>The most values a document may stand for, counting each alias as the values it repeats.</summary>
    public const int MaxValues = 10_000;

    /// <summary>The deepest nesting of lists and mappings; frontmatter needs three or four.</summary>
    public const int MaxDepth = 64;

    private readonly IParser _parser;
    private readonly Dictionary<string, (DataNode Node, int Size)> _anchors = new(StringComparer.Ordinal);
    private int _values;

    private YamlTree(string text) => _parser = new Parser(new StringReader(text));

    /// <summary>The document's root, or null for an empty one. Throws <see cref="YamlException"/> with a position for invalid YAML and for YAML beyond the limits.</summary>
    public static DataNode? Read(string text)
    {
        var tree = new YamlTree(text);
        try
        {
            return tree.Document();
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet's scanner throws these for a few malformed inputs, without a position: the last event read is the nearest one known.
            var near = tree._parser.Current?.End ?? Mark.Empty;
            throw new YamlException(near, near, "the text cannot be read as YAML from here on");
        }
    }

    private DataNode? Document()
    {
        _parser.Consume<StreamStart>();
        if (_parser.Accept<StreamEnd>(out _)) return null;
        _parser.Consume<DocumentStart>();
        var (root, _) = Node(depth: 0);
        _parser.Consume<DocumentEnd>();
        if (_parser.Accept<DocumentStart>(out var second)) throw new SecondDocumentException(second.Start);
        return root;
    }

    /// <summary>Thrown when the text holds a second YAML document; its position is where the second starts.</summary>
    public sealed class SecondDocumentException(Mark start) : YamlException(start, start, "more than one document");

    private (DataNode Node, int Size) Node(int depth)
    {
        if (_parser.TryConsume<AnchorAlias>(out var alias)) return Alias(alias);
        if (depth > MaxDepth)
            throw new LimitException(_parser.Current!.Start, _parser.Current.End, $"lists and mappings nest more than {MaxDepth} levels deep");
        var start = _parser.Current!.Start;
        var (node, size, anchor) = _parser.Current switch
        {
            Scalar => ScalarNode(_parser.Consume<Scalar>()),
            SequenceStart => List(depth),
            MappingStart => Map(depth),
            var other => throw new YamlException(other!.Start, other.End, $"unexpected {other.GetType().Name}"),
        };
        Count(1, start); // its items were counted as they were read
        if (!anchor.IsEmpty) _anchors[anchor.Value] = (node, size);
        return (node, size);
    }

    private (DataNode Node, int Size) Alias(AnchorAlias alias)
    {
        if (!_anchors.TryGetValue(alias.Value.Value, out var anchored))
            throw new YamlException(alias.Start, alias.End, $"the alias *{alias.Value.Value} refers to no anchor &{alias.Value.Value} before it");
        Count(anchored.Size, alias.Start);
        return anchored;
    }

    /// <param name="at">Where the value or alias starts: the limit is reported there.</param>
    private void Count(int size, Mark at)
    {
        _values += size;
        if (_values > MaxValues)
            throw new LimitException(at, at, $"the YAML stands for more than {MaxValues:N0} values (aliases repeat what their anchor holds)");
    }

    /// <summary>Thrown when valid YAML goes beyond what the generator reads.</summary>
    public sealed class LimitException(Mark start, Mark end, string message) : YamlException(start, end, message);

    private static (DataNode, int, AnchorName) ScalarNode(Scalar scalar) =>
        (new DataScalar(scalar.Value, scalar.Style is ScalarStyle.Plain or ScalarStyle.Any, (int)scalar.Start.Line, (int)scalar.Start.Column), 1, scalar.Anchor);

    private (DataNode, int, AnchorName) List(int depth)
    {
        var start = _parser.Consume<SequenceStart>();
        var items = new List<DataNode>();
        var size = 1;
        while (!_parser.TryConsume<SequenceEnd>(out _))
        {
            var (item, itemSize) = Node(depth + 1);
            items.Add(item);
            size += itemSize;
        }
        return (new DataList(items, (int)start.Start.Line, (int)start.Start.Column), size, start.Anchor);
    }

    private (DataNode, int, AnchorName) Map(int depth)
    {
        var start = _parser.Consume<MappingStart>();
        var entries = new List<KeyValuePair<DataScalar, DataNode>>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var size = 1;
        while (!_parser.TryConsume<MappingEnd>(out _))
        {
            var keyStart = _parser.Current!;
            var (keyNode, keySize) = Node(depth + 1);
            var key = keyNode as DataScalar ?? new DataScalar("", true, keyNode.Line, keyNode.Column);
            if (!keys.Add(key.Text)) throw new YamlException(keyStart.Start, keyStart.End, $"Duplicate key {key.Text}");
            var (value, valueSize) = Node(depth + 1);
            entries.Add(KeyValuePair.Create(key, value));
            size += keySize + valueSize;
        }
        return (new DataMap(entries, (int)start.Start.Line, (int)start.Start.Column), size, start.Anchor);
    }
}

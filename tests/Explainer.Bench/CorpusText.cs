namespace Explainer.Bench;

/// <summary>The word lists of the benchmark corpus, exactly those of the shared gen_corpus.py (version 2).</summary>
public static class CorpusText
{
    public static readonly string[] TagPool =
    [
        "caching", "consensus", "replication", "sharding", "indexing", "compression",
        "encryption", "hashing", "scheduling", "networking", "storage", "streaming",
        "batching", "latency", "throughput", "observability", "tracing", "logging",
        "metrics", "testing", "deployment", "security", "identity", "privacy",
        "compilers", "parsing", "typing", "memory", "concurrency", "parallelism",
        "databases", "transactions", "queues", "protocols", "routing", "search",
        "ranking", "recommendation", "statistics", "probability", "geometry",
        "graphs", "trees", "sorting", "numerics", "optimization", "simulation",
        "visualization", "accessibility", "localization",
    ];

    public static readonly string[] TermA = ["eventual", "strong", "causal", "optimistic", "pessimistic", "adaptive", "lazy", "eager", "incremental", "distributed", "immutable", "persistent", "probabilistic", "bounded", "amortized"];
    public static readonly string[] TermB = ["consistency", "locking", "evaluation", "snapshot", "quorum", "checkpoint", "backpressure", "invalidation"];
    public static readonly string[] TermPool = [.. TermA.SelectMany(a => TermB.Select(b => $"{a} {b}"))];

    public static readonly string[] Adjectives = ["adaptive", "robust", "lazy", "eager", "hidden", "practical", "modern", "classic", "subtle", "scalable", "durable", "elastic", "layered", "lean", "portable", "stateful", "stateless", "secure", "fast", "predictable"];
    public static readonly string[] Nouns = ["cache", "ledger", "scheduler", "index", "pipeline", "protocol", "queue", "compiler", "allocator", "parser", "router", "store", "graph", "tree", "log", "buffer", "kernel", "runtime", "network", "model"];
    public static readonly string[] Patterns = ["How {A} {N}s Work", "Understanding the {A} {N}", "Why {A} {N}s Matter", "A Field Guide to {A} {N}s", "The {A} {N} Explained", "When to Use a {A} {N}", "Inside the {A} {N}"];

    public static readonly string[] Words = (
        "system data value request response client server thread process record " +
        "version change update update state message event signal input output " +
        "latency budget limit error failure retry timeout window batch stream " +
        "block page segment region cluster node replica leader follower vote term " +
        "commit rollback lock key table row column query plan cost estimate " +
        "memory disk network packet route path edge vertex weight score rank " +
        "model feature sample average median tail spike drift trend pattern " +
        "design choice tradeoff constraint guarantee property invariant proof " +
        "example case scenario user team service boundary contract interface " +
        "the the the the a a a an of of of to to to in in in and and and is is " +
        "it it that that for for with with on on as as by by this this can can " +
        "when when which which more more most less often usually rarely never " +
        "always simply quickly carefully clearly directly eventually finally " +
        "keeps holds moves sends reads writes checks stores builds splits merges " +
        "grows shrinks returns waits starts stops fails recovers measures " +
        "predicts explains shows hides reduces increases avoids allows prevents").Split(' ');

    public static readonly string[] Headings = ["Background", "How it works", "A worked example", "Common pitfalls", "Trade-offs", "Where it shows up", "Key ideas", "In practice", "Limits", "Going further"];

    public static readonly string[] FullA = [.. TermA, "covert", "biometric", "predictive", "automated", "centralised", "encrypted", "targeted", "remote", "passive", "federated"];
    public static readonly string[] FullB = [.. TermB, "surveillance", "registry", "firewall", "profiling", "tracking", "scoring", "interception", "retention", "censorship", "filtering", "monitoring", "recognition"];
    public static readonly string[] FullTerms = [.. FullA.SelectMany(a => FullB.Select(b => $"{a} {b}"))];
}

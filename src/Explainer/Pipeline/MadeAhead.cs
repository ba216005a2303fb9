namespace Explainer.Pipeline;

/// <summary>
/// Makes items side by side, a batch ahead of a consumer that takes them one at a time and in
/// order (a zip compressing its entries): the cores stay busy while the consumer works, and memory
/// holds two batches at most, however many items there are.
/// </summary>
public static class MadeAhead
{
    private const int BatchSize = 64;

    public static IEnumerable<TOut> InOrder<TIn, TOut>(IReadOnlyList<TIn> items, Func<TIn, TOut> make, int parallelism)
    {
        var batches = items.Chunk(BatchSize).ToList();
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallelism };
        TOut[] Make(TIn[] batch)
        {
            var made = new TOut[batch.Length];
            Parallel.For(0, batch.Length, options, i => made[i] = make(batch[i]));
            return made;
        }
        var next = batches.Count == 0 ? null : Task.Run(() => Make(batches[0]));
        for (var b = 0; b < batches.Count; b++)
        {
            var current = next!.GetAwaiter().GetResult();
            var following = b + 1;
            next = following < batches.Count ? Task.Run(() => Make(batches[following])) : null;
            foreach (var item in current) yield return item;
        }
    }
}

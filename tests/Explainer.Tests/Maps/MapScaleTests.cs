using Explainer.Maps;

namespace Explainer.Tests.Maps;

public sealed class MapScaleTests
{
    private static string[] Labels(params int[] counts) => MapScale.For(counts).Buckets.Select(b => $"{b.Label}:{b.Shade}").ToArray();

    [Fact]
    public void One_country_far_ahead_stands_alone_while_the_others_keep_their_shades()
    {
        int[] counts = [87, 30, 15, 12, 10, 9, 8, 7, 6, 6, 5, 5, 4, 4, 3, 3, 3, 2, 2, 2, 2, 1, 1, 1, 1];
        Assert.Equal(["1:1", "2–4:2", "5–9:3", "10–24:4", "25–87:5"], Labels(counts));
    }

    [Fact]
    public void The_window_of_the_series_follows_where_the_counts_lie()
    {
        int[] counts = [300, 200, 150, 60, 55, 52, 30, 28, 26, 20, 15, 12, 9, 7, 5];
        Assert.Equal(["1–9:1", "10–24:2", "25–49:3", "50–99:4", "100–300:5"], Labels(counts));
    }

    [Fact]
    public void Small_counts_are_each_their_own_class_spread_over_the_shades()
    {
        Assert.Equal(["1:1", "2:3", "3:5"], Labels(1, 3, 2, 1));
        Assert.Equal(["1:1", "2:2", "3:3", "4:4", "5:5"], Labels(5, 1));
        Assert.Equal(["1:3"], Labels(1, 1));
    }

    [Fact]
    public void Every_count_falls_into_the_bucket_whose_range_holds_it()
    {
        var scale = MapScale.For([87, 12, 3, 1, 1, 2, 7, 30]);
        Assert.Equal(1, scale.Buckets[0].From);
        Assert.Equal(87, scale.Buckets[^1].To);
        Assert.All(scale.Buckets.Zip(scale.Buckets.Skip(1)), pair => Assert.Equal(pair.First.To + 1, pair.Second.From));
        foreach (var count in Enumerable.Range(1, 87))
        {
            var bucket = scale.BucketOf(count);
            Assert.InRange(count, bucket.From, bucket.To);
        }
        Assert.Equal("map__shade-5", scale.BucketOf(87).CssClass);
    }

    [Fact]
    public void A_country_without_cited_statements_joins_the_first_class()
    {
        Assert.Equal(["0–1:1", "2:5"], Labels(0, 2));
    }
}

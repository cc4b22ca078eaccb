using Soteliiderit.Academy.Web.Features.Comparison;

namespace Soteliiderit.Academy.Tests.Comparison;

public sealed class PublishedCountTests
{
    [Theory]
    [InlineData(0, 0, false)]
    [InlineData(1, 0, true)]
    [InlineData(4, 0, true)]
    [InlineData(5, 5, false)]
    [InlineData(7, 5, false)]
    [InlineData(8, 10, false)]
    [InlineData(12, 10, false)]
    [InlineData(13, 15, false)]
    [InlineData(2003, 2005, false)]
    public void A_count_of_one_to_four_is_fewer_than_five_and_a_larger_one_is_rounded_to_the_nearest_five(int exact, int rounded, bool fewer)
    {
        Assert.Equal(new PublishedCount(rounded, fewer), PublishedCount.Of(exact));
    }

    [Fact]
    public void A_sum_leaves_out_the_counts_of_fewer_than_five_so_it_is_the_same_whatever_they_were()
    {
        var others = PublishedCount.Of(12);

        var withOne = others.Plus(PublishedCount.Of(1));
        var withFour = others.Plus(PublishedCount.Of(4));

        Assert.Equal(withOne, withFour);
        Assert.Equal(new PublishedCount(10, false, SmallLeftOut: true), withFour);
        var smallOnly = PublishedCount.Of(3).Plus(PublishedCount.Of(2));
        Assert.True(smallOnly.OnlySmall);
        Assert.False(smallOnly.FewerThanFive);
        Assert.False(PublishedCount.Of(10).Plus(PublishedCount.Of(5)).SmallLeftOut);
        Assert.Equal(PublishedCount.Of(3), PublishedCount.Zero.Plus(PublishedCount.Of(3)).Plus(PublishedCount.Zero));
        Assert.Equal(PublishedCount.Zero, PublishedCount.Zero.Plus(PublishedCount.Zero));
    }

    [Fact]
    public void A_rate_comes_from_published_counts_and_is_left_out_when_either_is_fewer_than_five()
    {
        Assert.Equal(0.5, PublishedCount.Rate(PublishedCount.Of(11), PublishedCount.Of(19)));
        Assert.Null(PublishedCount.Rate(PublishedCount.Of(3), PublishedCount.Of(100)));
        Assert.Null(PublishedCount.Rate(PublishedCount.Of(3), PublishedCount.Of(4)));
        Assert.Null(PublishedCount.Rate(PublishedCount.Zero, PublishedCount.Zero));
        Assert.Null(PublishedCount.Rate(PublishedCount.Of(4).Plus(PublishedCount.Of(4)), PublishedCount.Of(100)));
        Assert.Equal(0.0, PublishedCount.Rate(PublishedCount.Zero, PublishedCount.Of(20)));
    }
}

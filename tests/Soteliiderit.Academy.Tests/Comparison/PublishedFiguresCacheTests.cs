using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Soteliiderit.Academy.Web.Features.Comparison;
using Soteliiderit.Academy.Web.Features.Hr;

namespace Soteliiderit.Academy.Tests.Comparison;

public sealed class PublishedFiguresCacheTests
{
    private static readonly Guid Course = Guid.NewGuid();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 4, 8, 0, 0, TimeSpan.Zero));
    private int _counts;

    [Fact]
    public async Task Figures_younger_than_the_max_age_are_shown_without_counting_again()
    {
        using var cache = Cache(maxAgeMinutes: 10);
        var first = await cache.GetAsync([Course], CountAsync);
        _time.Advance(TimeSpan.FromMinutes(9));

        var again = await cache.GetAsync([Course], CountAsync);

        Assert.Same(first, again);
        Assert.Equal(1, _counts);
    }

    [Fact]
    public async Task Figures_as_old_as_the_max_age_are_counted_again()
    {
        using var cache = Cache(maxAgeMinutes: 10);
        var first = await cache.GetAsync([Course], CountAsync);
        _time.Advance(TimeSpan.FromMinutes(10));

        var again = await cache.GetAsync([Course], CountAsync);

        Assert.Equal(2, _counts);
        Assert.Equal(first.CountedAt.AddMinutes(10), again.CountedAt);
    }

    [Fact]
    public async Task A_course_the_figures_lack_is_counted_at_once()
    {
        using var cache = Cache(maxAgeMinutes: 10);
        await cache.GetAsync([Course], CountAsync);

        var published = Guid.NewGuid();
        var again = await cache.GetAsync([Course, published], () => CountAsync(published));

        Assert.Equal(2, _counts);
        Assert.Contains(published, again.Courses);
    }

    [Fact]
    public async Task A_max_age_of_zero_counts_for_every_request()
    {
        using var cache = Cache(maxAgeMinutes: 0);
        await cache.GetAsync([Course], CountAsync);
        await cache.GetAsync([Course], CountAsync);

        Assert.Equal(2, _counts);
    }

    [Fact]
    public async Task Requests_during_a_count_wait_for_it_instead_of_counting_too()
    {
        using var cache = Cache(maxAgeMinutes: 10);
        var counting = new TaskCompletionSource<PublishedFigures>(TaskCreationOptions.RunContinuationsAsynchronously);
        var first = cache.GetAsync([Course], () => { _counts++; return counting.Task; });
        var second = cache.GetAsync([Course], CountAsync);
        Assert.False(second.IsCompleted);

        counting.SetResult(Figures(Course));

        Assert.Same(await first, await second);
        Assert.Equal(1, _counts);
    }

    private PublishedFiguresCache Cache(int maxAgeMinutes) =>
        new(_time, Options.Create(new HrOptions { ComparisonMaxAgeMinutes = maxAgeMinutes }));

    private Task<PublishedFigures> CountAsync() => CountAsync(Course);

    private Task<PublishedFigures> CountAsync(params Guid[] courses)
    {
        _counts++;
        return Task.FromResult(Figures([Course, .. courses]));
    }

    private PublishedFigures Figures(params Guid[] courses) =>
        new(_time.GetUtcNow(), courses.ToHashSet(), [], new Dictionary<Guid, PublishedAttendance>());
}

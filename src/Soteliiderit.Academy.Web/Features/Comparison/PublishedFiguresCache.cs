using Microsoft.Extensions.Options;
using Soteliiderit.Academy.Web.Features.Hr;

namespace Soteliiderit.Academy.Web.Features.Comparison;

/// <summary>
/// The last <see cref="PublishedFigures"/> of this node, counted again when older than
/// <see cref="HrOptions.ComparisonMaxAgeMinutes"/> or when they lack a course asked for. Counting them reads every
/// organization's rows (seconds at 50 000 supervisors), so HR's dashboard and the admin comparison share one count
/// instead of each request making its own; callers that arrive during a count wait for that count.
/// Published figures a few minutes old are what a national statistic is, and a figure that moves only at
/// recounts also tells less about any one change.
/// </summary>
public sealed class PublishedFiguresCache(TimeProvider time, IOptions<HrOptions> options) : IDisposable
{
    private readonly SemaphoreSlim _counting = new(1, 1);
    private PublishedFigures? _latest;

    public async Task<PublishedFigures> GetAsync(IReadOnlyCollection<Guid> courses, Func<Task<PublishedFigures>> count)
    {
        ArgumentNullException.ThrowIfNull(courses);
        ArgumentNullException.ThrowIfNull(count);
        if (Usable(_latest, courses) is { } fresh)
        {
            return fresh;
        }

        await _counting.WaitAsync();
        try
        {
            return Usable(_latest, courses) ?? (_latest = await count());
        }
        finally
        {
            _counting.Release();
        }
    }

    public void Dispose() => _counting.Dispose();

    private PublishedFigures? Usable(PublishedFigures? figures, IReadOnlyCollection<Guid> courses) =>
        figures is not null
        && time.GetUtcNow() - figures.CountedAt < TimeSpan.FromMinutes(options.Value.ComparisonMaxAgeMinutes)
        && courses.All(figures.Courses.Contains)
            ? figures
            : null;
}

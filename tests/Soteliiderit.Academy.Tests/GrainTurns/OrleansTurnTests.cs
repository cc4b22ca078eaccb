using Soteliiderit.Academy.Data.Courses;
using Soteliiderit.Academy.Grains;
using Soteliiderit.Academy.Grains.Courses;

namespace Soteliiderit.Academy.Tests.GrainTurns;

/// <summary>What the academy's grains rely on Orleans for: one activation per key and one call at a time in it.</summary>
public sealed class OrleansTurnTests : IDisposable, IAsyncLifetime
{
    private readonly TestDatabase _database = new();
    private GrainTestHost _host = null!;

    public Task InitializeAsync()
    {
        _host = new GrainTestHost(_database);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Many_concurrent_callers_share_one_activation_and_lose_no_update()
    {
        var key = Guid.NewGuid().ToString();

        var answers = await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => Task.Run(() => _host.Grains.GetGrain<ITurnProbeGrain>(key).Touch())));

        Assert.Equal(1, TurnProbeGrain.Activations[key]);
        Assert.Equal(Enumerable.Range(1, 100), answers.Order());
    }

    [Fact]
    public async Task Calls_to_one_grain_never_overlap()
    {
        var key = Guid.NewGuid().ToString();

        await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(() => _host.Grains.GetGrain<ITurnProbeGrain>(key).Touch())));

        Assert.Equal(1, TurnProbeGrain.MostInsideAtOnce[key]);
    }

    [Fact]
    public async Task A_refusal_reaches_the_caller_with_its_kind_and_fields_and_the_grain_keeps_working()
    {
        var course = _host.Course(Guid.NewGuid());
        var draft = await course.Create(CourseContent.New(new LocalizedText(Fi: "Luottamus")), Guid.NewGuid());

        var refused = await Assert.ThrowsAsync<RuleViolationException>(() =>
            course.SaveDraft(draft.Content with { Title = LocalizedText.Empty }, draft.Revision, Guid.NewGuid()));

        Assert.Equal(RuleKind.Invalid, refused.Kind);
        Assert.Contains(refused.FieldErrors, e => e.Field.StartsWith("Title", StringComparison.Ordinal));
        Assert.Equal(CourseStatus.Draft, (await course.GetDraft()).Status);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    public void Dispose() => _database.Dispose();
}

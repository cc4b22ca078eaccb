using Microsoft.EntityFrameworkCore;
using Orleans;
using Orleans.Storage;
using Soteliiderit.Academy.Tests.Courses;

namespace Soteliiderit.Academy.Tests.Learners;

/// <summary>
/// While membership changes Orleans can briefly run two activations of one grain: here two silos on one database
/// each activate the same learner. The ETag on the learner row makes the stale writer fail with
/// InconsistentStateException instead of silently overwriting; Orleans drops that activation, and the retry sees both writes.
/// </summary>
public sealed class TwoActivationsTests : IDisposable
{
    private readonly TestDatabase _database = new();

    [Fact]
    public async Task A_stale_activation_cannot_overwrite_and_its_retry_keeps_both_writes()
    {
        var userId = await _database.AddUserAsync();
        var first = new SampleCourse();
        var second = new SampleCourse();
        await using var runtimeA = new GrainTestHost(_database);
        await using var runtimeB = new GrainTestHost(_database);
        await first.PublishAsync(runtimeA);
        await second.PublishAsync(runtimeA);
        await runtimeA.Learner(userId).Enroll(first.Id);

        // B activates the same learner after A's write and writes on top of it: A's copy is now stale.
        await runtimeB.Learner(userId).Enroll(second.Id);
        await Assert.ThrowsAsync<InconsistentStateException>(() => runtimeA.Learner(userId).CompleteLesson(first.Id, first.Text.Key));

        await using (var db = _database.CreateContext())
        {
            Assert.Empty(await db.LessonProgress.ToListAsync());
            Assert.Equal(2, await db.Enrollments.CountAsync(e => e.LearnerId == userId));
        }

        var retried = await runtimeA.Learner(userId).CompleteLesson(first.Id, first.Text.Key);
        Assert.True(retried.Lesson(first.Text.Key)!.Done);
        Assert.NotNull(await runtimeA.Learner(userId).GetProgress(second.Id));
    }

    [Fact]
    public async Task Two_activations_creating_the_same_learner_at_once_do_not_both_win()
    {
        var userId = await _database.AddUserAsync();
        var course = new SampleCourse();
        var other = new SampleCourse();
        await using var runtimeA = new GrainTestHost(_database);
        await using var runtimeB = new GrainTestHost(_database);
        await course.PublishAsync(runtimeA);
        await other.PublishAsync(runtimeA);
        await runtimeB.Learner(userId).GetProgress(course.Id);

        await runtimeA.Learner(userId).Enroll(course.Id);
        await Assert.ThrowsAsync<InconsistentStateException>(() => runtimeB.Learner(userId).Enroll(other.Id));

        await runtimeB.Learner(userId).Enroll(other.Id);
        await using var db = _database.CreateContext();
        Assert.Equal(2, await db.Enrollments.CountAsync(e => e.LearnerId == userId));
    }

    public void Dispose() => _database.Dispose();
}

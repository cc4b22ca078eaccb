using Soteliiderit.Academy.Data.Courses;
using Soteliiderit.Academy.Grains;
using Soteliiderit.Academy.Grains.Courses;

namespace Soteliiderit.Academy.Tests.Courses;

public sealed class CourseGrainTests : IDisposable, IAsyncLifetime
{
    private readonly TestDatabase _database = new();
    private GrainTestHost _host = null!;

    public Task InitializeAsync()
    {
        _host = new GrainTestHost(_database);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task A_new_course_is_a_draft_that_learners_cannot_see()
    {
        var course = new SampleCourse();

        var draft = await _host.Course(course.Id).Create(course.Content, Guid.NewGuid());

        Assert.Equal(CourseStatus.Draft, draft.Status);
        Assert.Equal(1, draft.Revision);
        Assert.Null(await _host.Course(course.Id).GetPublished());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task A_course_without_a_title_in_any_language_is_refused(string title)
    {
        var course = new SampleCourse();

        var refused = await Assert.ThrowsAsync<RuleViolationException>(() =>
            _host.Course(course.Id).Create(course.Content with { Title = new LocalizedText(title, title, null) }, Guid.NewGuid()));

        Assert.Contains(refused.FieldErrors, e => e is { Field: "Title", Code: "Required" });
        await Assert.ThrowsAsync<RuleViolationException>(() => _host.Course(course.Id).GetDraft());
    }

    [Fact]
    public async Task An_over_long_title_is_refused_with_the_limit()
    {
        var course = new SampleCourse();

        var refused = await Assert.ThrowsAsync<RuleViolationException>(() =>
            _host.Course(course.Id).Create(course.Content with { Title = new LocalizedText(new string('x', 201)) }, Guid.NewGuid()));

        var error = Assert.Single(refused.FieldErrors);
        Assert.Equal(("Title.fi", "TooLong", 200), (error.Field, error.Code, (int)error.Arguments[0]));
    }

    [Fact]
    public async Task A_quiz_question_without_a_correct_answer_is_refused_and_nothing_changes()
    {
        var course = new SampleCourse();
        var grain = _host.Course(course.Id);
        var draft = await grain.Create(course.Content, Guid.NewGuid());
        var noneCorrect = course.SingleChoice with { Options = [.. course.SingleChoice.Options.Select(o => o with { Correct = false })] };
        var broken = course.Content with
        {
            Modules = [course.Content.Modules[0], course.Content.Modules[1] with
            {
                Lessons = [course.Reflection, course.QuizLesson with { Quiz = new Quiz(80, [noneCorrect]) }],
            }],
        };

        var refused = await Assert.ThrowsAsync<RuleViolationException>(() => grain.SaveDraft(broken, draft.Revision, Guid.NewGuid()));

        Assert.Contains(refused.FieldErrors, e => e is { Field: "Modules[1].Lessons[1].Quiz.Questions[0].Options", Code: "QuestionNeedsCorrectOption" });
        Assert.Equal(draft.Revision, (await grain.GetDraft()).Revision);
    }

    [Fact]
    public async Task Saving_over_someone_elses_newer_save_is_refused()
    {
        var course = new SampleCourse();
        var grain = _host.Course(course.Id);
        var draft = await grain.Create(course.Content, Guid.NewGuid());
        await grain.SaveDraft(course.Content with { Summary = new("Ensimmäinen tallennus") }, draft.Revision, Guid.NewGuid());

        var refused = await Assert.ThrowsAsync<RuleViolationException>(() =>
            grain.SaveDraft(course.Content with { Summary = new("Vanhasta kopiosta") }, draft.Revision, Guid.NewGuid()));

        Assert.Equal(("DraftChangedMeanwhile", RuleKind.Conflict), (refused.Code, refused.Kind));
        Assert.Equal("Ensimmäinen tallennus", (await grain.GetDraft()).Content.Summary.Fi);
    }

    [Fact]
    public async Task Publishing_freezes_a_version_and_editing_afterwards_makes_the_next_one()
    {
        var course = new SampleCourse();
        var grain = _host.Course(course.Id);
        var first = await course.PublishAsync(_host);
        var draft = await grain.GetDraft();
        Assert.False(draft.HasUnpublishedChanges);

        var edited = course.Content with { Title = new LocalizedText("Etäjohtamisen perusteet 2.0", "Grunderna i distansledning 2.0") };
        draft = await grain.SaveDraft(edited, draft.Revision, Guid.NewGuid());
        Assert.True(draft.HasUnpublishedChanges);
        Assert.Equal("Etäjohtamisen perusteet", (await grain.GetPublished())!.Content.Title.Fi);

        var second = await grain.Publish(draft.Revision, Guid.NewGuid());

        Assert.Equal((1, 2), (first.Version, second.Version));
        Assert.Equal("Etäjohtamisen perusteet 2.0", (await grain.GetPublished())!.Content.Title.Fi);
        Assert.Equal("Etäjohtamisen perusteet", (await grain.GetVersion(1))!.Content.Title.Fi);
        Assert.Equal(first.LessonHashes, second.LessonHashes);
    }

    [Fact]
    public async Task Publishing_a_draft_that_changed_since_it_was_looked_at_is_refused()
    {
        var course = new SampleCourse();
        var grain = _host.Course(course.Id);
        var draft = await grain.Create(course.Content, Guid.NewGuid());
        await grain.SaveDraft(course.Content with { Summary = new("Kollegan keskeneräinen muutos") }, draft.Revision, Guid.NewGuid());

        var refused = await Assert.ThrowsAsync<RuleViolationException>(() => grain.Publish(draft.Revision, Guid.NewGuid()));

        Assert.Equal("DraftChangedMeanwhile", refused.Code);
        Assert.Null(await grain.GetPublished());
    }

    [Fact]
    public async Task A_draft_with_missing_parts_is_refused_with_their_places_not_a_crash()
    {
        var course = new SampleCourse();
        var broken = course.Content with
        {
            Modules = [course.Content.Modules[0], null!, course.Content.Modules[1] with { Lessons = [course.Reflection, null!] }],
        };

        var refused = await Assert.ThrowsAsync<RuleViolationException>(() => _host.Course(course.Id).Create(broken, Guid.NewGuid()));

        Assert.Contains(refused.FieldErrors, e => e is { Field: "Modules[1]", Code: "Required" });
        Assert.Contains(refused.FieldErrors, e => e is { Field: "Modules[2].Lessons[1]", Code: "Required" });
    }

    [Fact]
    public async Task A_published_course_survives_deactivation()
    {
        var course = new SampleCourse();
        await course.PublishAsync(_host);

        await _host.StopAsync();
        await using var restarted = new GrainTestHost(_database);

        var published = await restarted.Course(course.Id).GetPublished();
        Assert.Equal(course.Content.Lessons.Select(l => l.Key), published!.Content.Lessons.Select(l => l.Key));
    }

    [Fact]
    public async Task A_course_with_only_optional_lessons_cannot_be_published()
    {
        var course = new SampleCourse();
        var onlyOptional = course.Content with { Modules = [new CourseModule(Guid.NewGuid(), new("Moduuli"), [course.Optional])] };
        var draft = await _host.Course(course.Id).Create(onlyOptional, Guid.NewGuid());

        var refused = await Assert.ThrowsAsync<RuleViolationException>(() => _host.Course(course.Id).Publish(draft.Revision, Guid.NewGuid()));

        Assert.Contains(refused.FieldErrors, e => e.Code == "CourseNeedsRequiredLesson");
        Assert.Null(await _host.Course(course.Id).GetPublished());
    }
}

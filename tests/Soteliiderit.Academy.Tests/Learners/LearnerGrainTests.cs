using Microsoft.EntityFrameworkCore;
using Soteliiderit.Academy.Grains;
using Soteliiderit.Academy.Grains.Courses;
using Soteliiderit.Academy.Grains.Learners;
using Soteliiderit.Academy.Tests.Courses;

namespace Soteliiderit.Academy.Tests.Learners;

public sealed class LearnerGrainTests : IDisposable, IAsyncLifetime
{
    private readonly TestDatabase _database = new();
    private readonly SampleCourse _course = new();
    private GrainTestHost _host = null!;
    private Guid _userId;

    public async Task InitializeAsync()
    {
        _host = new GrainTestHost(_database);
        _userId = await _database.AddUserAsync("Tiina Testaaja");
        await _course.PublishAsync(_host);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    public void Dispose() => _database.Dispose();

    private ILearnerGrain Learner => _host.Learner(_userId);

    [Fact]
    public async Task Enrolling_twice_is_refused_and_keeps_one_enrollment()
    {
        await Learner.Enroll(_course.Id);

        var refused = await Assert.ThrowsAsync<RuleViolationException>(() => Learner.Enroll(_course.Id));

        Assert.Equal(("AlreadyEnrolled", RuleKind.Conflict), (refused.Code, refused.Kind));
        await using var db = _database.CreateContext();
        Assert.Equal(1, await db.Enrollments.CountAsync(e => e.LearnerId == _userId));
    }

    [Fact]
    public async Task Enrolling_in_a_draft_course_is_refused_as_not_found()
    {
        var draft = new SampleCourse();
        await _host.Course(draft.Id).Create(draft.Content, Guid.NewGuid());

        var refused = await Assert.ThrowsAsync<RuleViolationException>(() => Learner.Enroll(draft.Id));

        Assert.Equal(("CourseNotFound", RuleKind.NotFound), (refused.Code, refused.Kind));
    }

    [Fact]
    public async Task Completing_a_lesson_without_enrolling_is_refused()
    {
        var refused = await Assert.ThrowsAsync<RuleViolationException>(() => Learner.CompleteLesson(_course.Id, _course.Text.Key));

        Assert.Equal("NotEnrolled", refused.Code);
        await using var db = _database.CreateContext();
        Assert.Empty(db.LessonProgress);
    }

    [Fact]
    public async Task A_lesson_of_another_course_is_not_found_in_this_one()
    {
        var other = new SampleCourse();
        await other.PublishAsync(_host);
        await Learner.Enroll(_course.Id);

        var refused = await Assert.ThrowsAsync<RuleViolationException>(() => Learner.CompleteLesson(_course.Id, other.Text.Key));

        Assert.Equal(("LessonNotInCourse", RuleKind.NotFound), (refused.Code, refused.Kind));
    }

    [Fact]
    public async Task A_quiz_cannot_be_marked_done_without_answering_it()
    {
        await Learner.Enroll(_course.Id);

        var refused = await Assert.ThrowsAsync<RuleViolationException>(() => Learner.CompleteLesson(_course.Id, _course.QuizLesson.Key));

        Assert.Equal("LessonNeedsAnswer", refused.Code);
    }

    [Fact]
    public async Task Progress_grows_with_each_required_lesson_and_optional_ones_do_not_count()
    {
        await Learner.Enroll(_course.Id);

        var progress = await Learner.CompleteLesson(_course.Id, _course.Text.Key);
        Assert.Equal((4, 1, 25), (progress.Completion.RequiredLessons, progress.Completion.RequiredLessonsDone, progress.Completion.Percent));

        progress = await Learner.CompleteLesson(_course.Id, _course.Optional.Key);
        Assert.Equal(25, progress.Completion.Percent);
        Assert.True(progress.Lesson(_course.Optional.Key)!.Done);
    }

    [Fact]
    public async Task A_failed_quiz_does_not_count_and_a_passed_one_does()
    {
        await Learner.Enroll(_course.Id);

        var failed = await Learner.SubmitQuiz(_course.Id, _course.QuizLesson.Key, _course.HalfRightAnswers);
        Assert.Equal((50, false), (failed.Result.ScorePercent, failed.Result.Passed));
        Assert.Equal([true, false], failed.Result.Questions.Select(q => q.Correct));
        Assert.False(failed.Progress.Lesson(_course.QuizLesson.Key)!.Done);

        var passed = await Learner.SubmitQuiz(_course.Id, _course.QuizLesson.Key, _course.RightAnswers);
        Assert.True(passed.Result.Passed);
        Assert.Equal(100, passed.Progress.Lesson(_course.QuizLesson.Key)!.QuizScore);
    }

    [Fact]
    public async Task Quiz_answers_naming_options_of_another_question_are_refused()
    {
        await Learner.Enroll(_course.Id);
        var tampered = new List<QuizAnswer> { new(_course.SingleChoice.Key, [_course.MultipleChoice.Options[0].Key]) };

        var refused = await Assert.ThrowsAsync<RuleViolationException>(() => Learner.SubmitQuiz(_course.Id, _course.QuizLesson.Key, tampered));

        Assert.Equal("QuizAnswerInvalid", refused.Code);
    }

    [Fact]
    public async Task Finishing_every_required_lesson_completes_the_course_with_one_certificate()
    {
        await Learner.Enroll(_course.Id);
        await Learner.CompleteLesson(_course.Id, _course.Text.Key);
        await Learner.CompleteLesson(_course.Id, _course.Video.Key);
        await Learner.SubmitReflection(_course.Id, _course.Reflection.Key, "Kerron viikkopalaverissa, mitä olen luvannut.");
        var beforeQuiz = await Learner.GetProgress(_course.Id);
        Assert.Null(beforeQuiz!.Certificate);

        var outcome = await Learner.SubmitQuiz(_course.Id, _course.QuizLesson.Key, _course.RightAnswers);
        var again = await Learner.SubmitQuiz(_course.Id, _course.QuizLesson.Key, _course.RightAnswers);

        Assert.True(outcome.Progress.Completion.IsComplete);
        Assert.NotNull(outcome.Progress.CompletedAt);
        Assert.Equal(outcome.Progress.Certificate, again.Progress.Certificate);
        Assert.Equal(CertificateCode.Length, outcome.Progress.Certificate!.Code.Length);
        await using var db = _database.CreateContext();
        var certificate = await db.Certificates.SingleAsync();
        Assert.Equal(("Tiina Testaaja", outcome.Progress.Certificate.Code), (certificate.LearnerName, certificate.Code));
    }

    [Fact]
    public async Task A_double_click_counts_a_lesson_once()
    {
        await Learner.Enroll(_course.Id);

        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => Learner.CompleteLesson(_course.Id, _course.Text.Key))));

        await using var db = _database.CreateContext();
        Assert.Equal(1, await db.LessonProgress.CountAsync());
        Assert.Equal(1, (await Learner.GetProgress(_course.Id))!.Completion.RequiredLessonsDone);
    }

    [Fact]
    public async Task Two_tabs_finishing_different_lessons_at_once_lose_neither()
    {
        await Learner.Enroll(_course.Id);

        await Task.WhenAll(
            Task.Run(() => Learner.CompleteLesson(_course.Id, _course.Text.Key)),
            Task.Run(() => Learner.CompleteLesson(_course.Id, _course.Video.Key)),
            Task.Run(() => Learner.SubmitReflection(_course.Id, _course.Reflection.Key, "Vastaus")),
            Task.Run(() => Learner.SubmitQuiz(_course.Id, _course.QuizLesson.Key, _course.RightAnswers)));

        await using var db = _database.CreateContext();
        Assert.Equal(4, await db.LessonProgress.CountAsync());
        Assert.Equal(1, await db.Certificates.CountAsync());
    }

    [Fact]
    public async Task Progress_and_the_resume_point_survive_deactivation()
    {
        await Learner.Enroll(_course.Id);
        await Learner.CompleteLesson(_course.Id, _course.Text.Key);
        await Learner.OpenLesson(_course.Id, _course.Video.Key);

        await _host.DeactivateAsync(Learner);

        var progress = await Learner.GetProgress(_course.Id);
        Assert.True(progress!.Lesson(_course.Text.Key)!.Done);
        Assert.Equal(_course.Video.Key, progress.ResumeLessonKey);
    }

    [Fact]
    public async Task Resume_moves_on_to_the_next_unfinished_lesson()
    {
        await Learner.Enroll(_course.Id);
        await Learner.OpenLesson(_course.Id, _course.Text.Key);

        var progress = await Learner.CompleteLesson(_course.Id, _course.Text.Key);

        Assert.Equal(_course.Video.Key, progress.ResumeLessonKey);
    }

    [Fact]
    public async Task A_new_version_keeps_progress_on_unchanged_lessons_and_asks_again_for_changed_ones()
    {
        await Learner.Enroll(_course.Id);
        await Learner.CompleteLesson(_course.Id, _course.Text.Key);
        await Learner.CompleteLesson(_course.Id, _course.Video.Key);
        var course = _host.Course(_course.Id);
        var draft = await course.GetDraft();
        var changedVideo = _course.Video with { VideoUrl = "https://video.example.fi/viikkopalaveri-uusi" };
        var edited = _course.Content with
        {
            Modules = [_course.Content.Modules[0] with { Lessons = [_course.Text, changedVideo, _course.Optional] }, _course.Content.Modules[1]],
        };
        var saved = await course.SaveDraft(edited, draft.Revision, Guid.NewGuid());
        await course.Publish(saved.Revision, Guid.NewGuid());

        var progress = await Learner.GetProgress(_course.Id);

        Assert.Equal(2, progress!.CourseVersion);
        Assert.True(progress.Lesson(_course.Text.Key)!.Done);
        Assert.False(progress.Lesson(_course.Video.Key)!.Done);
    }

    [Fact]
    public async Task Fixing_a_lessons_title_time_or_required_flag_keeps_everyones_progress()
    {
        await Learner.Enroll(_course.Id);
        await Learner.CompleteLesson(_course.Id, _course.Video.Key);
        var touchedUp = _course.Video with { Title = new("Video: viikkopalaveri (korjattu)"), Minutes = 9, Required = false };

        await RepublishAsync(_course.Content.Modules[0] with { Lessons = [_course.Text, touchedUp, _course.Optional] });

        var progress = await Learner.GetProgress(_course.Id);
        Assert.Equal(2, progress!.CourseVersion);
        Assert.True(progress.Lesson(_course.Video.Key)!.Done);
    }

    [Fact]
    public async Task A_new_version_that_drops_the_last_missing_lesson_completes_the_course_with_a_certificate()
    {
        await Learner.Enroll(_course.Id);
        await Learner.CompleteLesson(_course.Id, _course.Text.Key);
        await Learner.SubmitReflection(_course.Id, _course.Reflection.Key, "Vastaus");
        await Learner.SubmitQuiz(_course.Id, _course.QuizLesson.Key, _course.RightAnswers);
        Assert.Null((await Learner.GetProgress(_course.Id))!.Certificate);

        await RepublishAsync(_course.Content.Modules[0] with { Lessons = [_course.Text, _course.Optional] });
        var progress = await Learner.GetProgress(_course.Id);

        Assert.NotNull(progress!.CompletedAt);
        Assert.NotNull(progress.Certificate);
        await using var db = _database.CreateContext();
        Assert.Equal(1, await db.Certificates.CountAsync());
    }

    [Fact]
    public async Task A_reflection_answer_is_kept_and_can_be_rewritten()
    {
        await Learner.Enroll(_course.Id);
        await Learner.SubmitReflection(_course.Id, _course.Reflection.Key, "Ensimmäinen ajatus");

        var progress = await Learner.SubmitReflection(_course.Id, _course.Reflection.Key, "  Tarkempi ajatus  ");

        Assert.Equal("Tarkempi ajatus", progress.Lesson(_course.Reflection.Key)!.Reflection);
    }

    [Theory]
    [InlineData("")]
    [InlineData("    ")]
    public async Task An_empty_reflection_is_refused(string answer)
    {
        await Learner.Enroll(_course.Id);

        var refused = await Assert.ThrowsAsync<RuleViolationException>(() => Learner.SubmitReflection(_course.Id, _course.Reflection.Key, answer));

        Assert.Contains(refused.FieldErrors, e => e is { Field: "Answer", Code: "Required" });
    }

    [Fact]
    public async Task The_dashboard_lists_courses_with_progress_and_certificates()
    {
        await Learner.Enroll(_course.Id);
        await Learner.CompleteLesson(_course.Id, _course.Text.Key);

        var dashboard = await Learner.GetDashboard();

        var entry = Assert.Single(dashboard.Courses);
        Assert.Equal(("Tiina Testaaja", "Etäjohtamisen perusteet", 25), (dashboard.DisplayName, entry.Title.Fi, entry.Percent));
        Assert.Null(entry.Certificate);
    }

    /// <summary>Publishes the next version with the first module replaced.</summary>
    private async Task RepublishAsync(Grains.Courses.CourseModule firstModule)
    {
        var course = _host.Course(_course.Id);
        var draft = await course.GetDraft();
        var saved = await course.SaveDraft(_course.Content with { Modules = [firstModule, _course.Content.Modules[1]] }, draft.Revision, Guid.NewGuid());
        await course.Publish(saved.Revision, Guid.NewGuid());
    }

    [Fact]
    public async Task An_unknown_user_is_not_a_learner()
    {
        var refused = await Assert.ThrowsAsync<RuleViolationException>(() => _host.Learner(Guid.NewGuid()).Enroll(_course.Id));

        Assert.Equal("LearnerNotFound", refused.Code);
    }
}

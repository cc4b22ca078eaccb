using Soteliiderit.Academy.Grains;
using Soteliiderit.Academy.Grains.Courses;
using Soteliiderit.Academy.Grains.Learners;

namespace Soteliiderit.Academy.Tests.Courses;

public sealed class CompletionRuleTests
{
    private readonly SampleCourse _sample = new();

    private PublishedCourse Published(int webinars = 0) => new(
        _sample.Id,
        1,
        DateTime.UtcNow,
        _sample.Content with { WebinarsRequired = webinars },
        _sample.Content.Lessons.ToDictionary(l => l.Key, CourseGrain.LessonHash));

    private static Dictionary<Guid, string> Done(PublishedCourse course, params CourseLesson[] lessons) =>
        lessons.ToDictionary(l => l.Key, l => course.HashOf(l.Key));

    [Fact]
    public void A_course_completes_when_every_required_lesson_is_done_and_optional_ones_do_not_matter()
    {
        var course = Published();

        var state = CompletionRule.Evaluate(course, Done(course, _sample.Text, _sample.Video, _sample.Reflection, _sample.QuizLesson), 0);

        Assert.True(state.IsComplete);
        Assert.Equal(100, state.Percent);
    }

    [Fact]
    public void A_lesson_done_on_different_content_does_not_count()
    {
        var course = Published();
        var done = Done(course, _sample.Text, _sample.Video, _sample.Reflection, _sample.QuizLesson);
        done[_sample.Video.Key] = "an-older-version";

        var state = CompletionRule.Evaluate(course, done, 0);

        Assert.False(state.IsComplete);
        Assert.Equal((4, 3, 75), (state.RequiredLessons, state.RequiredLessonsDone, state.Percent));
    }

    [Fact]
    public void Required_webinars_hold_completion_back_until_attended()
    {
        var course = Published(webinars: 1);
        var done = Done(course, _sample.Text, _sample.Video, _sample.Reflection, _sample.QuizLesson);

        Assert.False(CompletionRule.Evaluate(course, done, webinarsAttended: 0).IsComplete);
        Assert.Equal(80, CompletionRule.Evaluate(course, done, webinarsAttended: 0).Percent);
        Assert.True(CompletionRule.Evaluate(course, done, webinarsAttended: 1).IsComplete);
    }
}

public sealed class WebinarRequirementTests
{
    private readonly SampleCourse _sample = new();

    [Theory]
    [InlineData(-1, 75, "WebinarsRequired")]
    [InlineData(11, 75, "WebinarsRequired")]
    [InlineData(1, 0, "WebinarAttendancePercent")]
    [InlineData(1, 101, "WebinarAttendancePercent")]
    public void A_webinar_requirement_out_of_range_is_refused_by_name(int webinars, int percent, string field)
    {
        var content = _sample.Content with { WebinarsRequired = webinars, WebinarAttendancePercent = percent };

        var error = Assert.Single(CourseContentValidator.ForSave(content));

        Assert.Equal((field, "OutOfRange"), (error.Field, error.Code));
    }

    [Fact]
    public void A_course_is_written_in_the_languages_every_one_of_its_texts_has()
    {
        var everywhere = new LocalizedText("suomeksi", "på svenska", "in English");
        var lesson = new CourseLesson(Guid.NewGuid(), LessonKind.Text, everywhere, everywhere);
        var complete = new CourseContent(everywhere, LocalizedText.Empty, Data.Courses.CourseThemes.RemoteLeadership, [new CourseModule(Guid.NewGuid(), everywhere, [lesson])]);
        var bodyNotInEnglish = complete with { Modules = [complete.Modules[0] with { Lessons = [lesson with { Body = everywhere with { En = null } }] }] };

        Assert.Equal(["fi", "sv", "en"], complete.WrittenIn());
        Assert.Equal(["fi", "sv"], bodyNotInEnglish.WrittenIn());
        Assert.Empty(CourseContent.New(LocalizedText.Empty).WrittenIn());
    }

    [Fact]
    public void A_course_written_before_webinars_counted_asks_for_three_quarters_of_the_time()
    {
        var stored = Grains.GrainJson.Serialize(_sample.Content with { WebinarsRequired = 1 }).Replace("\"webinarAttendancePercent\":75,", "", StringComparison.Ordinal);

        Assert.DoesNotContain("webinarAttendancePercent", stored, StringComparison.Ordinal);
        Assert.Equal(75, Grains.GrainJson.Deserialize<CourseContent>(stored).WebinarAttendancePercent);
    }
}

public sealed class QuizGraderTests
{
    private readonly SampleCourse _sample = new();

    private Quiz Quiz => _sample.QuizLesson.Quiz!;

    [Fact]
    public void A_multiple_choice_question_is_right_only_with_exactly_the_correct_options()
    {
        var tooMany = new List<QuizAnswer>
        {
            new(_sample.SingleChoice.Key, [_sample.SingleChoice.Options[0].Key]),
            new(_sample.MultipleChoice.Key, [.. _sample.MultipleChoice.Options.Select(o => o.Key)]),
        };

        var result = QuizGrader.Grade(Quiz, tooMany);

        Assert.Equal([true, false], result.Questions.Select(q => q.Correct));
        Assert.Equal((50, false), (result.ScorePercent, result.Passed));
    }

    [Fact]
    public void A_quiz_with_questions_left_unanswered_is_refused_naming_each_one_instead_of_graded()
    {
        var onlySecond = new List<QuizAnswer> { new(_sample.SingleChoice.Key, []), new(_sample.MultipleChoice.Key, [_sample.MultipleChoice.Options[0].Key]) };

        var nothing = Assert.Throws<Grains.RuleViolationException>(() => QuizGrader.Grade(Quiz, []));
        var first = Assert.Throws<Grains.RuleViolationException>(() => QuizGrader.Grade(Quiz, onlySecond));

        Assert.Equal(["Questions[0]", "Questions[1]"], nothing.FieldErrors.Select(e => e.Field));
        Assert.Equal(("Questions[0]", "QuizUnanswered", 1), (Assert.Single(first.FieldErrors).Field, first.FieldErrors[0].Code, (int)first.FieldErrors[0].Arguments[0]));
    }

    [Fact]
    public void Two_options_for_a_single_choice_question_are_refused()
    {
        var cheat = new List<QuizAnswer> { new(_sample.SingleChoice.Key, [.. _sample.SingleChoice.Options.Select(o => o.Key)]) };

        Assert.Equal("QuizAnswerInvalid", Assert.Throws<Grains.RuleViolationException>(() => QuizGrader.Grade(Quiz, cheat)).Code);
    }

    [Fact]
    public void Answering_the_same_question_twice_is_refused()
    {
        var twice = new List<QuizAnswer>
        {
            new(_sample.SingleChoice.Key, [_sample.SingleChoice.Options[0].Key]),
            new(_sample.SingleChoice.Key, [_sample.SingleChoice.Options[0].Key]),
        };

        Assert.Throws<Grains.RuleViolationException>(() => QuizGrader.Grade(Quiz, twice));
    }
}

public sealed class CertificateCodeTests
{
    [Fact]
    public void Codes_are_twenty_characters_of_a_hundred_random_bits_and_do_not_repeat()
    {
        var codes = Enumerable.Range(0, 10_000).Select(_ => CertificateCode.New()).ToList();

        Assert.All(codes, c => Assert.Matches("^[0-9A-HJKMNP-TV-Z]{20}$", c));
        Assert.Equal(codes.Count, codes.Distinct().Count());
    }

    [Theory]
    [InlineData("abcd-efgh-jkmn-pqrs-tvwx", "ABCDEFGHJKMNPQRSTVWX")]
    [InlineData(" ABCD EFGH JKMN PQRS TVWX ", "ABCDEFGHJKMNPQRSTVWX")]
    [InlineData("O1IL-0000-0000-0000-0000", "01110000000000000000")]
    public void Typing_is_forgiven_case_spaces_dashes_and_look_alike_letters(string typed, string stored)
    {
        Assert.Equal(stored, CertificateCode.Normalize(typed));
    }

    [Theory]
    [InlineData("")]
    [InlineData("ABCD")]
    [InlineData("ABCD-EFGH-JKMN-PQRS-TVWU")]
    [InlineData("<script>alert(1)</script>")]
    public void Something_that_cannot_be_a_code_is_not_looked_up(string typed)
    {
        Assert.Null(CertificateCode.Normalize(typed));
    }
}

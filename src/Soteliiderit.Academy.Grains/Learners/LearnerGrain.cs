using Microsoft.EntityFrameworkCore;
using Soteliiderit.Academy.Data;
using Soteliiderit.Academy.Data.Learners;
using Soteliiderit.Academy.Grains.Courses;

namespace Soteliiderit.Academy.Grains.Learners;

public sealed class LearnerGrain(IDbContextFactory<AcademyDbContext> databases, TimeProvider time)
    : StateGrain(databases), ILearnerGrain
{
    private readonly Dictionary<Guid, Studies> _studies = [];

    /// <summary>Per course: the share of each webinar of it this learner attended (percent of its scheduled time).</summary>
    private readonly Dictionary<Guid, List<int>> _webinarShares = [];
    private Guid _userId;

    /// <summary>The person's name as of activation, for the dashboard; null when there is no such person.</summary>
    private string? _displayName;

    /// <summary>The learner row's ETag; null until the learner's first write creates the row.</summary>
    private int? _etag;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(this.GetPrimaryKeyString(), out _userId))
        {
            return;
        }

        await using var db = await Databases.CreateDbContextAsync(cancellationToken);
        _displayName = await db.Users.Where(u => u.Id == _userId).Select(u => u.DisplayName).SingleOrDefaultAsync(cancellationToken);
        _etag = await db.Learners.Where(l => l.UserId == _userId).Select(l => (int?)l.ETag).SingleOrDefaultAsync(cancellationToken);
        var enrollments = await db.Enrollments.AsNoTracking().Where(e => e.LearnerId == _userId).ToListAsync(cancellationToken);
        var lessons = await db.LessonProgress.AsNoTracking()
            .Where(p => db.Enrollments.Any(e => e.Id == p.EnrollmentId && e.LearnerId == _userId))
            .ToListAsync(cancellationToken);
        var certificates = await db.Certificates.AsNoTracking().Where(c => c.LearnerId == _userId).ToListAsync(cancellationToken);
        foreach (var credit in await db.WebinarCredits.AsNoTracking().Where(c => c.UserId == _userId).ToListAsync(cancellationToken))
        {
            WebinarShares(credit.CourseId).Add(credit.AttendedPercent);
        }

        foreach (var enrollment in enrollments)
        {
            _studies[enrollment.CourseId] = new Studies(
                enrollment,
                lessons.Where(p => p.EnrollmentId == enrollment.Id).ToDictionary(p => p.LessonKey),
                certificates.SingleOrDefault(c => c.EnrollmentId == enrollment.Id));
        }
    }

    public async Task<CourseProgress> Enroll(Guid courseId)
    {
        RequireLearner();
        if (_studies.ContainsKey(courseId))
        {
            throw RuleViolationException.Conflict("AlreadyEnrolled");
        }

        var course = await CourseGrain(courseId).GetPublished() ?? throw RuleViolationException.NotFound("CourseNotFound");
        var enrollment = new Enrollment
        {
            Id = Guid.NewGuid(),
            LearnerId = _userId,
            CourseId = courseId,
            CourseVersion = course.Version,
            EnrolledAt = Now,
        };
        await WriteAsync(db => db.Enrollments.Add(enrollment));
        var studies = new Studies(enrollment, [], null);
        _studies[courseId] = studies;
        return View(studies, course);
    }

    public async Task<CourseProgress?> GetProgress(Guid courseId)
    {
        RequireLearner();
        if (!_studies.TryGetValue(courseId, out var studies))
        {
            return null;
        }

        var course = await VersionStudied(studies);
        await SettleAsync(studies, course);
        return View(studies, course);
    }

    public async Task<CourseProgress> OpenLesson(Guid courseId, Guid lessonKey)
    {
        var (studies, course) = await Studying(courseId);
        RequireLesson(course, lessonKey);
        await SettleAsync(studies, course);
        if (studies.Enrollment.LastLessonKey == lessonKey && studies.Enrollment.CourseVersion == course.Version)
        {
            return View(studies, course);
        }

        var enrollment = Advance(studies.Enrollment, course, lessonKey);
        await WriteAsync(db => db.Enrollments.Update(enrollment));
        studies.Enrollment = enrollment;
        return View(studies, course);
    }

    public async Task<CourseProgress> CompleteLesson(Guid courseId, Guid lessonKey)
    {
        var (studies, course) = await Studying(courseId);
        var lesson = RequireLesson(course, lessonKey);
        if (lesson.Kind is not (LessonKind.Text or LessonKind.Video))
        {
            throw RuleViolationException.Invalid("LessonNeedsAnswer");
        }

        if (IsDone(studies, course, lessonKey))
        {
            // The second click of a double click: already counted, nothing more to write.
            await SettleAsync(studies, course);
            return View(studies, course);
        }

        await RecordAsync(studies, course, lessonKey, _ => { });
        return View(studies, course);
    }

    public async Task<CourseProgress> SubmitReflection(Guid courseId, Guid lessonKey, string answer)
    {
        var (studies, course) = await Studying(courseId);
        var lesson = RequireLesson(course, lessonKey);
        if (lesson.Kind != LessonKind.Reflection)
        {
            throw RuleViolationException.Invalid("LessonIsNotReflection");
        }

        var text = answer?.Trim() ?? "";
        if (text.Length == 0)
        {
            throw new RuleViolationException(RuleKind.Invalid, "ValidationFailed", [new FieldError("Answer", "Required")]);
        }

        if (text.Length > Limits.Reflection)
        {
            throw new RuleViolationException(RuleKind.Invalid, "ValidationFailed", [new FieldError("Answer", "TooLong", Limits.Reflection)]);
        }

        await RecordAsync(studies, course, lessonKey, progress => progress.Reflection = text);
        return View(studies, course);
    }

    public async Task<QuizOutcome> SubmitQuiz(Guid courseId, Guid lessonKey, IReadOnlyList<QuizAnswer> answers)
    {
        var (studies, course) = await Studying(courseId);
        var lesson = RequireLesson(course, lessonKey);
        if (lesson is not { Kind: LessonKind.Quiz, Quiz: { } quiz })
        {
            throw RuleViolationException.Invalid("LessonIsNotQuiz");
        }

        var result = QuizGrader.Grade(quiz, answers);
        if (result.Passed)
        {
            await RecordAsync(studies, course, lessonKey, progress =>
                progress.QuizScore = Math.Max(result.ScorePercent, progress.QuizScore ?? 0));
        }

        return new QuizOutcome(result, View(studies, course));
    }

    public async Task ReckonWebinars(Guid courseId)
    {
        RequireLearner();
        await using (var db = await Databases.CreateDbContextAsync())
        {
            var shares = await db.WebinarCredits.Where(c => c.UserId == _userId && c.CourseId == courseId).Select(c => c.AttendedPercent).ToListAsync();
            _webinarShares[courseId] = shares;
        }

        if (_studies.TryGetValue(courseId, out var studies))
        {
            await SettleAsync(studies, await VersionStudied(studies));
        }
    }

    public async Task<LearnerDashboard> GetDashboard()
    {
        RequireLearner();
        var courses = new List<DashboardCourse>();
        foreach (var studies in _studies.Values.OrderByDescending(s => s.Enrollment.EnrolledAt))
        {
            var course = await VersionStudied(studies);
            await SettleAsync(studies, course);
            var progress = View(studies, course);
            courses.Add(new DashboardCourse(
                studies.Enrollment.CourseId,
                course.Content.Title,
                progress.Completion.Percent,
                studies.Enrollment.CompletedAt,
                progress.ResumeLessonKey,
                progress.Certificate));
        }

        return new LearnerDashboard(_displayName!, courses);
    }

    protected override bool IsKeyedByThisGrain(object entity) => entity is Learner;

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    private ICourseGrain CourseGrain(Guid courseId) => GrainFactory.GetGrain<ICourseGrain>(courseId.ToString());

    private void RequireLearner()
    {
        if (_displayName is null)
        {
            throw RuleViolationException.NotFound("LearnerNotFound");
        }
    }

    /// <summary>The enrollment and the version to study: the newest one, unless the course is already complete.</summary>
    private async Task<(Studies Studies, PublishedCourse Course)> Studying(Guid courseId)
    {
        RequireLearner();
        if (!_studies.TryGetValue(courseId, out var studies))
        {
            throw RuleViolationException.Conflict("NotEnrolled");
        }

        return (studies, await VersionStudied(studies));
    }

    private async Task<PublishedCourse> VersionStudied(Studies studies)
    {
        var grain = CourseGrain(studies.Enrollment.CourseId);
        var current = studies.Enrollment.CompletedAt is null ? await grain.GetPublished() : null;
        return current
            ?? await grain.GetVersion(studies.Enrollment.CourseVersion)
            ?? throw RuleViolationException.NotFound("CourseNotFound");
    }

    private static CourseLesson RequireLesson(PublishedCourse course, Guid lessonKey) =>
        course.Content.FindLesson(lessonKey) ?? throw RuleViolationException.NotFound("LessonNotInCourse");

    /// <summary>The course's completion rule applied to these lessons and the webinars attended for long enough.</summary>
    private CompletionState Completion(IReadOnlyDictionary<Guid, LessonProgress> lessons, PublishedCourse course) =>
        CompletionRule.Evaluate(
            course,
            lessons.ToDictionary(p => p.Key, p => p.Value.ContentHash),
            webinarsAttended: WebinarShares(course.CourseId).Count(share => share >= course.Content.WebinarAttendancePercent));

    private List<int> WebinarShares(Guid courseId) =>
        _webinarShares.TryGetValue(courseId, out var shares) ? shares : _webinarShares[courseId] = [];

    private static bool IsDone(Studies studies, PublishedCourse course, Guid lessonKey) =>
        studies.Lessons.TryGetValue(lessonKey, out var progress) && progress.ContentHash == course.HashOf(lessonKey);

    /// <summary>
    /// Records a completion that is due without a new lesson: a new version may have dropped, or made optional,
    /// the last lesson the learner had left. Nothing is written when nothing is due.
    /// </summary>
    private async Task SettleAsync(Studies studies, PublishedCourse course)
    {
        if (studies.Enrollment.CompletedAt is not null
            || !Completion(studies.Lessons, course).IsComplete)
        {
            return;
        }

        var enrollment = Advance(studies.Enrollment, course, null);
        enrollment.CompletedAt = Now;
        var certificate = await IssueCertificate(enrollment, course);
        await WriteAsync(db =>
        {
            db.Enrollments.Update(enrollment);
            db.Certificates.Add(certificate);
        });
        (studies.Enrollment, studies.Certificate) = (enrollment, certificate);
    }

    /// <summary>
    /// Stores one lesson as done (with what the learner answered) and, when that completes the course,
    /// the completion and its certificate in the same write.
    /// </summary>
    private async Task RecordAsync(Studies studies, PublishedCourse course, Guid lessonKey, Action<LessonProgress> answer)
    {
        var hash = course.HashOf(lessonKey);
        var stored = studies.Lessons.GetValueOrDefault(lessonKey);
        var sameContent = stored?.ContentHash == hash;
        var progress = new LessonProgress
        {
            EnrollmentId = studies.Enrollment.Id,
            LessonKey = lessonKey,
            ContentHash = hash,
            CompletedAt = sameContent ? stored!.CompletedAt : Now,
            QuizScore = sameContent ? stored!.QuizScore : null,
            Reflection = stored?.Reflection,
        };
        answer(progress);
        var enrollment = Advance(studies.Enrollment, course, lessonKey);

        var lessons = new Dictionary<Guid, LessonProgress>(studies.Lessons) { [lessonKey] = progress };
        var completion = Completion(lessons, course);
        var certificate = studies.Certificate;
        if (completion.IsComplete && enrollment.CompletedAt is null)
        {
            enrollment.CompletedAt = Now;
            certificate = await IssueCertificate(enrollment, course);
        }

        await WriteAsync(db =>
        {
            db.Enrollments.Update(enrollment);
            if (stored is null)
            {
                db.LessonProgress.Add(progress);
            }
            else
            {
                db.LessonProgress.Update(progress);
            }

            if (certificate is not null && certificate != studies.Certificate)
            {
                db.Certificates.Add(certificate);
            }
        });
        studies.Enrollment = enrollment;
        studies.Lessons[lessonKey] = progress;
        studies.Certificate = certificate;
    }

    private async Task<Certificate> IssueCertificate(Enrollment enrollment, PublishedCourse course)
    {
        await using var db = await Databases.CreateDbContextAsync();
        var name = await db.Users.Where(u => u.Id == _userId).Select(u => u.DisplayName).SingleAsync();
        return new Certificate
        {
            Id = Guid.NewGuid(),
            EnrollmentId = enrollment.Id,
            LearnerId = _userId,
            CourseId = enrollment.CourseId,
            CourseVersion = course.Version,
            Code = CertificateCode.New(),
            LearnerName = name,
            CourseTitleJson = GrainJson.Serialize(course.Content.Title),
            IssuedAt = enrollment.CompletedAt ?? Now,
        };
    }

    /// <summary>A copy of the enrollment, moved to the version studied and resuming at the lesson (or where it was).</summary>
    private static Enrollment Advance(Enrollment enrollment, PublishedCourse course, Guid? lessonKey) => new()
    {
        Id = enrollment.Id,
        LearnerId = enrollment.LearnerId,
        CourseId = enrollment.CourseId,
        CourseVersion = enrollment.CompletedAt is null ? course.Version : enrollment.CourseVersion,
        EnrolledAt = enrollment.EnrolledAt,
        LastLessonKey = lessonKey ?? enrollment.LastLessonKey,
        CompletedAt = enrollment.CompletedAt,
    };

    private async Task WriteAsync(Action<AcademyDbContext> stage)
    {
        await using var db = await Databases.CreateDbContextAsync();
        var root = new Learner { UserId = _userId, ETag = _etag ?? 0 };
        if (_etag is { } etag)
        {
            db.Learners.Attach(root);
            root.ETag = etag + 1;
        }
        else
        {
            root.ETag = 1;
            db.Learners.Add(root);
        }

        stage(db);
        await SaveStateAsync(db);
        _etag = root.ETag;
    }

    private CourseProgress View(Studies studies, PublishedCourse course)
    {
        var lessons = course.Content.Lessons
            .Select(lesson =>
            {
                var stored = studies.Lessons.GetValueOrDefault(lesson.Key);
                var done = stored is not null && stored.ContentHash == course.HashOf(lesson.Key);
                return new LessonState(lesson.Key, done, done ? stored!.QuizScore : null, stored?.Reflection);
            })
            .ToList();
        var completion = Completion(studies.Lessons, course);
        var certificate = studies.Certificate is { } c ? new CertificateSummary(c.Id, c.Code, c.IssuedAt) : null;
        return new CourseProgress(
            course.CourseId,
            course.Version,
            studies.Enrollment.EnrolledAt,
            studies.Enrollment.LastLessonKey,
            ResumeAt(lessons, studies.Enrollment.LastLessonKey),
            lessons,
            completion,
            studies.Enrollment.CompletedAt,
            certificate);
    }

    /// <summary>Where "continue" leads: the last lesson if unfinished, else the next unfinished one, else the last one.</summary>
    private static Guid? ResumeAt(List<LessonState> lessons, Guid? last)
    {
        var position = lessons.FindIndex(l => l.LessonKey == last);
        IReadOnlyList<LessonState> ordered = position < 0 ? lessons : [.. lessons.Skip(position), .. lessons.Take(position)];
        var next = ordered.FirstOrDefault(l => !l.Done);
        return next?.LessonKey ?? last ?? (lessons.Count > 0 ? lessons[0].LessonKey : null);
    }

    private sealed class Studies(Enrollment enrollment, Dictionary<Guid, LessonProgress> lessons, Certificate? certificate)
    {
        public Enrollment Enrollment { get; set; } = enrollment;

        public Dictionary<Guid, LessonProgress> Lessons { get; } = lessons;

        public Certificate? Certificate { get; set; } = certificate;
    }
}

using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Soteliiderit.Academy.Data;
using Soteliiderit.Academy.Data.Courses;

namespace Soteliiderit.Academy.Grains.Courses;

public sealed class CourseGrain(IDbContextFactory<AcademyDbContext> databases, TimeProvider time)
    : StateGrain(databases), ICourseGrain
{
    private readonly Dictionary<int, PublishedCourse> _versions = [];
    private Guid _id;
    private Course? _row;
    private DraftDocument? _draft;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(this.GetPrimaryKeyString(), out _id))
        {
            return;
        }

        await using var db = await Databases.CreateDbContextAsync(cancellationToken);
        _row = await db.Courses.AsNoTracking().SingleOrDefaultAsync(c => c.Id == _id, cancellationToken);
        _draft = _row is null ? null : GrainJson.Deserialize<DraftDocument>(_row.DraftJson);
    }

    public async Task<CourseDraft> Create(CourseContent content, Guid authorId)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (_id == Guid.Empty)
        {
            throw RuleViolationException.Invalid("CourseIdInvalid");
        }

        if (_row is not null)
        {
            throw RuleViolationException.Conflict("CourseExists");
        }

        content = Normalize(content);
        ThrowIfInvalid(CourseContentValidator.ForSave(content));
        var now = time.GetUtcNow().UtcDateTime;
        var draft = new DraftDocument(1, null, content);
        var row = new Course
        {
            Id = _id,
            Status = CourseStatus.Draft,
            DraftJson = GrainJson.Serialize(draft),
            Themes = content.Themes,
            CreatedBy = authorId,
            CreatedAt = now,
            UpdatedAt = now,
            ETag = 1,
        };
        await using var db = await Databases.CreateDbContextAsync();
        db.Courses.Add(row);
        await SaveStateAsync(db);
        (_row, _draft) = (row, draft);
        return ToView(row, draft);
    }

    public Task<CourseDraft> GetDraft()
    {
        var (row, draft) = Existing();
        return Task.FromResult(ToView(row, draft));
    }

    public async Task<CourseDraft> SaveDraft(CourseContent content, int expectedRevision, Guid editorId)
    {
        ArgumentNullException.ThrowIfNull(content);
        var (row, draft) = Existing();
        if (expectedRevision != draft.Revision)
        {
            throw RuleViolationException.Conflict("DraftChangedMeanwhile");
        }

        content = Normalize(content);
        ThrowIfInvalid(CourseContentValidator.ForSave(content));
        if (GrainJson.Serialize(content) == GrainJson.Serialize(draft.Content))
        {
            // Saved unchanged: nothing new to publish, so the draft stays as it was.
            return ToView(row, draft);
        }

        var saved = draft with { Revision = draft.Revision + 1, Content = content };
        var updated = await WriteAsync(row, r =>
        {
            r.DraftJson = GrainJson.Serialize(saved);
            if (r.Status == CourseStatus.Draft)
            {
                r.Themes = content.Themes;
            }
        });
        _draft = saved;
        return ToView(updated, saved);
    }

    public async Task<PublishedCourse> Publish(int expectedRevision, Guid publisherId)
    {
        var (row, draft) = Existing();
        if (expectedRevision != draft.Revision)
        {
            throw RuleViolationException.Conflict("DraftChangedMeanwhile");
        }

        ThrowIfInvalid(CourseContentValidator.ForPublish(draft.Content));
        var published = new PublishedCourse(
            _id,
            row.PublishedVersion + 1,
            time.GetUtcNow().UtcDateTime,
            draft.Content,
            draft.Content.Lessons.ToDictionary(l => l.Key, LessonHash));
        var saved = draft with { PublishedRevision = draft.Revision };
        var version = new CourseVersion
        {
            CourseId = _id,
            Number = published.Version,
            OutlineJson = GrainJson.Serialize(published),
            PublishedAt = published.PublishedAt,
            PublishedBy = publisherId,
        };
        var title = draft.Content.Title;
        await WriteAsync(
            row,
            r =>
            {
                r.Status = CourseStatus.Published;
                r.PublishedVersion = published.Version;
                r.DraftJson = GrainJson.Serialize(saved);
                r.Themes = draft.Content.Themes;
                r.Languages = string.Join(',', draft.Content.WrittenIn());
                (r.TitleFi, r.TitleSv, r.TitleEn) = (title.Fi, title.Sv, title.En);
            },
            version);
        _draft = saved;
        _versions[published.Version] = published;
        return published;
    }

    public async Task<PublishedCourse?> GetPublished() =>
        _row is { Status: CourseStatus.Published } row ? await GetVersion(row.PublishedVersion) : null;

    public async Task<PublishedCourse?> GetVersion(int number)
    {
        if (_row is null || number < 1 || number > _row.PublishedVersion)
        {
            return null;
        }

        if (!_versions.TryGetValue(number, out var published))
        {
            await using var db = await Databases.CreateDbContextAsync();
            var json = await db.CourseVersions
                .Where(v => v.CourseId == _id && v.Number == number)
                .Select(v => v.OutlineJson)
                .SingleAsync();
            published = GrainJson.Deserialize<PublishedCourse>(json);
            _versions[number] = published;
        }

        return published;
    }

    protected override bool IsKeyedByThisGrain(object entity) => entity is Course;

    private (Course Row, DraftDocument Draft) Existing() =>
        _row is not null && _draft is not null ? (_row, _draft) : throw RuleViolationException.NotFound("CourseNotFound");

    /// <summary>Writes a changed copy of the row: memory changes only once the database has the write.</summary>
    private async Task<Course> WriteAsync(Course row, Action<Course> change, params object[] added)
    {
        var copy = Copy(row);
        await using var db = await Databases.CreateDbContextAsync();
        db.Courses.Attach(copy);
        change(copy);
        copy.UpdatedAt = time.GetUtcNow().UtcDateTime;
        copy.ETag = row.ETag + 1;
        db.AddRange(added);
        await SaveStateAsync(db);
        _row = copy;
        return copy;
    }

    private static Course Copy(Course row) => new()
    {
        Id = row.Id,
        Status = row.Status,
        DraftJson = row.DraftJson,
        PublishedVersion = row.PublishedVersion,
        Themes = row.Themes,
        Languages = row.Languages,
        TitleFi = row.TitleFi,
        TitleSv = row.TitleSv,
        TitleEn = row.TitleEn,
        CreatedBy = row.CreatedBy,
        CreatedAt = row.CreatedAt,
        UpdatedAt = row.UpdatedAt,
        ETag = row.ETag,
    };

    private static CourseDraft ToView(Course row, DraftDocument draft) => new(
        row.Id,
        draft.Revision,
        row.Status,
        row.PublishedVersion,
        draft.PublishedRevision != draft.Revision,
        draft.Content);

    private static void ThrowIfInvalid(IReadOnlyList<FieldError> errors)
    {
        if (errors.Count > 0)
        {
            throw RuleViolationException.InvalidFields(errors);
        }
    }

    /// <summary>
    /// Trims texts so that "  " never counts as a title, and lesson hashes ignore stray blanks. Missing parts
    /// (a null in a list sent by a client) stay missing, for the validator to name.
    /// </summary>
    private static CourseContent Normalize(CourseContent content) => content with
    {
        Title = content.Title?.Normalized()!,
        Summary = content.Summary?.Normalized() ?? LocalizedText.Empty,
        Modules = [.. (content.Modules ?? []).Select(m => m is null ? m! : m with
        {
            Title = m.Title?.Normalized()!,
            Lessons = [.. (m.Lessons ?? []).Select(l => l is null ? l! : l with
            {
                Title = l.Title?.Normalized()!,
                Body = l.Body?.Normalized() ?? LocalizedText.Empty,
                VideoUrl = string.IsNullOrWhiteSpace(l.VideoUrl) ? null : l.VideoUrl.Trim(),
                Quiz = l.Quiz is null ? null : l.Quiz with
                {
                    Questions = [.. (l.Quiz.Questions ?? []).Select(q => q is null ? q! : q with
                    {
                        Prompt = q.Prompt?.Normalized()!,
                        Options = [.. (q.Options ?? []).Select(o => o is null ? o! : o with { Text = o.Text?.Normalized()! })],
                    })],
                },
            })],
        })],
    };

    /// <summary>
    /// A fingerprint of what the learner works on in the lesson: its text, video and quiz. Titles, the time
    /// estimate and the required flag are left out, so fixing those keeps everyone's progress.
    /// </summary>
    public static string LessonHash(CourseLesson lesson)
    {
        ArgumentNullException.ThrowIfNull(lesson);
        var content = GrainJson.Serialize(new { lesson.Kind, lesson.Body, lesson.VideoUrl, lesson.Quiz });
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)), 0, 16);
    }

    /// <summary>The stored draft: which revision was published last tells whether there are unpublished changes.</summary>
    private sealed record DraftDocument(int Revision, int? PublishedRevision, CourseContent Content);
}

using Orleans;
using Soteliiderit.Academy.Data.Courses;

namespace Soteliiderit.Academy.Grains.Courses;

/// <summary>The facilitator's working copy. Revision guards against two editors overwriting each other.</summary>
[GenerateSerializer, Immutable]
public sealed record CourseDraft(
    Guid CourseId,
    int Revision,
    CourseStatus Status,
    int PublishedVersion,
    bool HasUnpublishedChanges,
    CourseContent Content);

/// <summary>
/// A frozen published version. LessonHashes fingerprint each lesson's content, so progress survives a new
/// version on every lesson that did not change.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record PublishedCourse(
    Guid CourseId,
    int Version,
    DateTime PublishedAt,
    CourseContent Content,
    IReadOnlyDictionary<Guid, string> LessonHashes)
{
    public string HashOf(Guid lessonKey) => LessonHashes.TryGetValue(lessonKey, out var hash) ? hash : "";
}

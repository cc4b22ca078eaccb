using Orleans;

namespace Soteliiderit.Academy.Grains.Courses;

/// <summary>One course, keyed by its id: the facilitator's draft and the published versions learners study.</summary>
public interface ICourseGrain : IGrainWithStringKey
{
    Task<CourseDraft> Create(CourseContent content, Guid authorId);

    Task<CourseDraft> GetDraft();

    /// <summary>Replaces the draft; refused when someone saved since <paramref name="expectedRevision"/>.</summary>
    Task<CourseDraft> SaveDraft(CourseContent content, int expectedRevision, Guid editorId);

    /// <summary>
    /// Freezes the draft as the next version; learners move to it and keep progress on unchanged lessons.
    /// Refused when the draft changed since <paramref name="expectedRevision"/>: nobody publishes a colleague's half-done save unseen.
    /// </summary>
    Task<PublishedCourse> Publish(int expectedRevision, Guid publisherId);

    /// <summary>The version learners study now, or null while the course is not published.</summary>
    Task<PublishedCourse?> GetPublished();

    Task<PublishedCourse?> GetVersion(int number);
}

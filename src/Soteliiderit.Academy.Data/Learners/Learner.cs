namespace Soteliiderit.Academy.Data.Learners;

/// <summary>The learner grain's state root; its ETag guards every write of the learner's rows.</summary>
public sealed class Learner
{
    public Guid UserId { get; set; }

    public int ETag { get; set; }

    public List<Enrollment> Enrollments { get; set; } = [];
}

public sealed class Enrollment
{
    public Guid Id { get; set; }

    public Guid LearnerId { get; set; }

    public Guid CourseId { get; set; }

    /// <summary>The course version the learner studies; moves forward when a new version is published.</summary>
    public int CourseVersion { get; set; }

    public DateTime EnrolledAt { get; set; }

    /// <summary>Where the learner was last, so "continue" resumes there.</summary>
    public Guid? LastLessonKey { get; set; }

    public DateTime? CompletedAt { get; set; }

    public List<LessonProgress> Lessons { get; set; } = [];
}

/// <summary>A lesson the learner has done, tied to the lesson content it was done on.</summary>
public sealed class LessonProgress
{
    public Guid EnrollmentId { get; set; }

    public Guid LessonKey { get; set; }

    /// <summary>Hash of the lesson content when it was done: progress counts only while the lesson is unchanged.</summary>
    public required string ContentHash { get; set; }

    public DateTime CompletedAt { get; set; }

    /// <summary>Best quiz score in percent, for quiz lessons.</summary>
    public int? QuizScore { get; set; }

    /// <summary>The written answer of a reflection task; only its author ever sees it.</summary>
    public string? Reflection { get; set; }
}

public sealed class Certificate
{
    public Guid Id { get; set; }

    public Guid EnrollmentId { get; set; }

    public Guid LearnerId { get; set; }

    public Guid CourseId { get; set; }

    public int CourseVersion { get; set; }

    /// <summary>Public verification code: 20 characters of Crockford base32 (100 random bits).</summary>
    public required string Code { get; set; }

    public required string LearnerName { get; set; }

    /// <summary>Course title in every language it had when the certificate was issued (JSON).</summary>
    public required string CourseTitleJson { get; set; }

    public DateTime IssuedAt { get; set; }
}

using Microsoft.AspNetCore.Mvc.ModelBinding;
using Soteliiderit.Academy.Grains;
using Soteliiderit.Academy.Grains.Courses;
using Soteliiderit.Academy.Web.Features.Shared;
using Soteliiderit.Academy.Web.Hosting;

namespace Soteliiderit.Academy.Web.Features.Authoring;

/// <summary>
/// One edit of a draft from a form: load, change, save against the revision the form was made from, and on refusal
/// put the reasons on the form. The module and lesson pages share it.
/// </summary>
public sealed class DraftEditing(AuthoringCourses courses, ErrorMessages messages)
{
    public async Task<CourseDraft?> LoadAsync(Guid courseId)
    {
        try
        {
            return await courses.Course(courseId).GetDraft();
        }
        catch (RuleViolationException)
        {
            return null;
        }
    }

    /// <returns>True when saved; false with the reasons in <paramref name="modelState"/>.</returns>
    public async Task<bool> SaveAsync(
        CourseDraft draft,
        int revision,
        Guid editor,
        Func<CourseContent, CourseContent> change,
        ModelStateDictionary modelState,
        Func<string, string> field)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(change);
        try
        {
            await courses.Course(draft.CourseId).SaveDraft(change(draft.Content), revision, editor);
            return true;
        }
        catch (RuleViolationException violation)
        {
            modelState.AddRuleViolation(violation, messages, field);
            return false;
        }
    }

    /// <summary>The part of a grain error path inside one lesson ("Modules[1].Lessons[2].Title.fi" gives "Title.fi").</summary>
    public static string? InsideLesson(string path, int module, int lesson)
    {
        var prefix = $"Modules[{module}].Lessons[{lesson}]";
        return path.StartsWith(prefix, StringComparison.Ordinal) ? path[prefix.Length..].TrimStart('.') : null;
    }
}

public static class DraftEditingSetup
{
    public static IServiceCollection AddAuthoring(this IServiceCollection services) =>
        services.AddScoped<AuthoringCourses>().AddScoped<DraftEditing>();
}

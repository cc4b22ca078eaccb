using Microsoft.AspNetCore.Mvc.ModelBinding;
using Orleans;
using Soteliiderit.Academy.Grains;
using Soteliiderit.Academy.Grains.Courses;
using Soteliiderit.Academy.Web.Features.Shared;
using Soteliiderit.Academy.Web.Hosting;

namespace Soteliiderit.Academy.Web.Features.Authoring;

/// <summary>
/// One edit of a draft from a form: load, change, save against the revision the form was made from, and on refusal
/// put the reasons on the form. The module and lesson pages share it.
/// </summary>
public sealed class DraftEditing(IGrainFactory grains, ErrorMessages messages)
{
    public async Task<CourseDraft?> LoadAsync(Guid courseId)
    {
        try
        {
            return await Course(courseId).GetDraft();
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
            await Course(draft.CourseId).SaveDraft(change(draft.Content), revision, editor);
            return true;
        }
        catch (RuleViolationException violation)
        {
            modelState.AddRuleViolation(violation, messages, field);
            return false;
        }
    }

    public ICourseGrain Course(Guid courseId) => grains.GetGrain<ICourseGrain>(courseId.ToString());

    // The grain names a field by its place in the draft ("Modules[1].Lessons[2].Title.fi"); the forms by their own
    // names ("Input.Title.Fi"). These turn one into the other.

    /// <summary>The part of a grain error path inside one lesson ("Modules[1].Lessons[2].Title.fi" gives "Title.fi").</summary>
    public static string? InsideLesson(string path, int module, int lesson)
    {
        var prefix = $"Modules[{module}].Lessons[{lesson}]";
        return path.StartsWith(prefix, StringComparison.Ordinal) ? path[prefix.Length..].TrimStart('.') : null;
    }

    /// <summary>A title error ("Modules[2].Title.sv") as the form's field ("{formName}.Sv"), or "" for the whole form.</summary>
    public static string TitleField(string path, string formName)
    {
        ArgumentNullException.ThrowIfNull(path);
        var at = path.LastIndexOf(".Title", StringComparison.Ordinal);
        return at < 0 ? "" : formName + LocalizedInput.FormPath(path[(at + ".Title".Length)..]);
    }

    /// <summary>The lesson an error path points into, if any.</summary>
    public static Guid? LessonAt(CourseContent content, string path)
    {
        ArgumentNullException.ThrowIfNull(content);
        var match = System.Text.RegularExpressions.Regex.Match(path, @"^Modules\[(\d+)\]\.Lessons\[(\d+)\]");
        return match.Success
            && int.TryParse(match.Groups[1].ValueSpan, out var m) && m < content.Modules.Count
            && int.TryParse(match.Groups[2].ValueSpan, out var l) && l < content.Modules[m].Lessons.Count
                ? content.Modules[m].Lessons[l].Key
                : null;
    }
}

public static class DraftEditingSetup
{
    public static IServiceCollection AddAuthoring(this IServiceCollection services) =>
        services.AddScoped<AuthoringCourses>().AddScoped<DraftEditing>();
}

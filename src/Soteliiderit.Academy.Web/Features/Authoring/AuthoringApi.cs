using Microsoft.AspNetCore.Http.HttpResults;
using Soteliiderit.Academy.Grains.Courses;
using Soteliiderit.Academy.Web.Features.Account;

namespace Soteliiderit.Academy.Web.Features.Authoring;

public sealed record SaveDraftRequest(int Revision, CourseContent Content);

public static class AuthoringApi
{
    public static IEndpointRouteBuilder MapAuthoringApi(this IEndpointRouteBuilder app)
    {
        var authoring = app.MapGroup("/api/authoring/courses").WithTags("Authoring").RequireAuthorization(Policies.Authoring);
        authoring.MapGet("", async (AuthoringCourses courses) => TypedResults.Ok(await courses.ListAsync()))
            .WithSummary("Every course with its draft, for facilitators.");
        authoring.MapPost("", CreateAsync).WithSummary("Create a course draft from its content.");
        authoring.MapGet("/{courseId:guid}", (Guid courseId, AuthoringCourses courses) => courses.Course(courseId).GetDraft())
            .WithSummary("A course's draft.");
        authoring.MapPut("/{courseId:guid}", (Guid courseId, SaveDraftRequest request, HttpContext context, AuthoringCourses courses) =>
                courses.Course(courseId).SaveDraft(request.Content, request.Revision, context.User.UserId()))
            .WithSummary("Replace the draft; 409 when it changed since the given revision.");
        authoring.MapPost("/{courseId:guid}/publication", (Guid courseId, HttpContext context, AuthoringCourses courses) =>
                courses.Course(courseId).Publish(context.User.UserId()))
            .WithSummary("Publish the draft as the next version; learners keep progress on unchanged lessons.");
        return app;
    }

    private static async Task<Created<CourseDraft>> CreateAsync(CourseContent content, HttpContext context, AuthoringCourses courses)
    {
        var id = Guid.NewGuid();
        var draft = await courses.Course(id).Create(content, context.User.UserId());
        return TypedResults.Created($"/api/authoring/courses/{id}", draft);
    }
}

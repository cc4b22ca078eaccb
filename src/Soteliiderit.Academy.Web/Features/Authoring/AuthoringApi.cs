using Microsoft.AspNetCore.Http.HttpResults;
using Orleans;
using Soteliiderit.Academy.Grains.Courses;
using Soteliiderit.Academy.Web.Features.Account;

namespace Soteliiderit.Academy.Web.Features.Authoring;

public sealed record SaveDraftRequest(int Revision, CourseContent Content);

public sealed record PublishRequest(int Revision);

public static class AuthoringApi
{
    public static IEndpointRouteBuilder MapAuthoringApi(this IEndpointRouteBuilder app)
    {
        var authoring = app.MapGroup("/api/authoring/courses").WithTags("Authoring").RequireAuthorization(Policies.Authoring);
        authoring.MapGet("", async (AuthoringCourses courses) => TypedResults.Ok(await courses.ListAsync()))
            .WithSummary("Every course with its draft, for facilitators.");
        authoring.MapPost("", CreateAsync).WithSummary("Create a course draft from its content.");
        authoring.MapGet("/{courseId:guid}", (Guid courseId, IGrainFactory grains) => Course(grains, courseId).GetDraft())
            .WithSummary("A course's draft.");
        authoring.MapPut("/{courseId:guid}", (Guid courseId, SaveDraftRequest request, HttpContext context, IGrainFactory grains) =>
                Course(grains, courseId).SaveDraft(request.Content, request.Revision, context.User.UserId()))
            .WithSummary("Replace the draft; 409 when it changed since the given revision.");
        authoring.MapPost("/{courseId:guid}/publication", (Guid courseId, PublishRequest request, HttpContext context, IGrainFactory grains) =>
                Course(grains, courseId).Publish(request.Revision, context.User.UserId()))
            .WithSummary("Publish the draft revision given as the next version; 409 when the draft changed since. Learners keep progress on unchanged lessons.");
        return app;
    }

    private static ICourseGrain Course(IGrainFactory grains, Guid courseId) => grains.GetGrain<ICourseGrain>(courseId.ToString());

    private static async Task<Created<CourseDraft>> CreateAsync(CourseContent content, HttpContext context, IGrainFactory grains)
    {
        var id = Guid.NewGuid();
        var draft = await Course(grains, id).Create(content, context.User.UserId());
        return TypedResults.Created($"/api/authoring/courses/{id}", draft);
    }
}

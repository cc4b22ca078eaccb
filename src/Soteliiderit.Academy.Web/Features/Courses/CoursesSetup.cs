namespace Soteliiderit.Academy.Web.Features.Courses;

public static class CoursesSetup
{
    public static IServiceCollection AddCourses(this IServiceCollection services) => services.AddScoped<CourseCatalog>();
}

using Microsoft.Extensions.DependencyInjection;
using Soteliiderit.Academy.Grains.Courses;
using Soteliiderit.Academy.Grains.Learners;
using Soteliiderit.Academy.Grains.Runtime;
using Soteliiderit.Academy.Grains.Webinars;

namespace Soteliiderit.Academy.Grains;

public static class AcademyGrainsServiceCollectionExtensions
{
    /// <summary>The grain runtime with every academy grain. Swapping in Orleans changes this method only.</summary>
    public static IServiceCollection AddAcademyGrains(this IServiceCollection services, Action<GrainRuntimeOptions>? configure = null) =>
        services
            .AddGrainRuntime(configure)
            .AddGrain<ICourseGrain, CourseGrain>()
            .AddGrain<ILearnerGrain, LearnerGrain>()
            .AddGrain<IWebinarGrain, WebinarGrain>()
            .AddGrain<IWebinarSessionGrain, WebinarSessionGrain>();
}

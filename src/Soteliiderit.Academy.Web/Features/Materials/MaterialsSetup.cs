using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Soteliiderit.Academy.Materials;
using Soteliiderit.Academy.Materials.AzureBlob;
using Soteliiderit.Academy.Materials.FileSystem;
using Soteliiderit.Academy.Web.Hosting;

namespace Soteliiderit.Academy.Web.Features.Materials;

public static class MaterialsSetup
{
    public const string Section = "Academy:Materials";

    public static IServiceCollection AddMaterials(this IServiceCollection services)
    {
        services.AddOptions<MaterialOptions>()
            .BindConfiguration(Section)
            .ValidateDataAnnotations()
            .Validate(o => o.Provider != MaterialStoreProvider.AzureBlob || !string.IsNullOrWhiteSpace(o.ConnectionString),
                "Academy:Materials:ConnectionString is required when Academy:Materials:Provider is AzureBlob.")
            .ValidateOnStart();
        services.AddSingleton<IMaterialStore>(CreateStore);
        services.AddScoped<MaterialLibrary>();
        services.AddScoped<MaterialUploadReader>();
        services.AddScoped<ResumableUploads>();
        services.AddSingleton<BlockInspections>();
        services.AddHostedService<UnfinishedUploadSweeper>();
        services.AddSingleton<MaterialDelivery>();
        services.AddHealthChecks().AddCheck<MaterialStoreCheck>("materials");
        return services;
    }

    private static IMaterialStore CreateStore(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<MaterialOptions>>().Value;
        return options.Provider switch
        {
            MaterialStoreProvider.AzureBlob => AzureBlobMaterialStore.Create(
                options.ConnectionString!,
                options.Container,
                services.GetRequiredService<TimeProvider>(),
                new AzureBlobStoreOptions { Retries = options.StoreRetries, BlockSize = options.BlockMegabytes * 1024 * 1024 }),
            _ => new FileSystemMaterialStore(Path.Combine(services.GetRequiredService<DataDirectory>().Path, "materials")),
        };
    }

    private sealed class MaterialStoreCheck(IMaterialStore store) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            try
            {
                await store.CheckAsync(cancellationToken);
                return HealthCheckResult.Healthy();
            }
            catch (MaterialStoreUnavailableException exception)
            {
                return HealthCheckResult.Unhealthy($"The {store.Kind} material store does not answer.", exception);
            }
        }
    }
}

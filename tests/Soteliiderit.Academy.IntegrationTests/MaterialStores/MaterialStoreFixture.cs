using Soteliiderit.Academy.Materials;
using Soteliiderit.Academy.Materials.AzureBlob;
using Soteliiderit.Academy.Materials.FileSystem;

namespace Soteliiderit.Academy.IntegrationTests.MaterialStores;

/// <summary>Both material stores for one test class: a temporary folder, and a fresh container in Azurite.</summary>
public sealed class MaterialStoreFixture : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"academy-materials-{Guid.NewGuid():N}");
    private Azurite? _azurite;

    public const string FileSystem = "FileSystem";
    public const string AzureBlob = "AzureBlob";

    public Azurite Azurite => _azurite ?? throw new InvalidOperationException("The fixture has not started.");

    public string Container { get; } = $"materials-{Guid.NewGuid():N}"[..30];

    public async Task InitializeAsync() => _azurite = await Azurite.StartAsync();

    /// <summary>A store of the given kind; options and time matter only to the Azure Blob store.</summary>
    public IMaterialStore Store(string kind, AzureBlobStoreOptions? options = null, TimeProvider? time = null, string? container = null) => kind switch
    {
        FileSystem => new FileSystemMaterialStore(_folder),
        AzureBlob => AzureStore(Azurite.ConnectionString, container ?? Container, options, time),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "No such store."),
    };

    public static AzureBlobMaterialStore AzureStore(string connectionString, string container, AzureBlobStoreOptions? options = null, TimeProvider? time = null) =>
        AzureBlobMaterialStore.Create(connectionString, container, time, options);

    public async Task DisposeAsync()
    {
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }

        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}

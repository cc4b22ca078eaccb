using Soteliiderit.Academy.Materials;

namespace Soteliiderit.Academy.IntegrationTests.Materials;

/// <summary>The academy with its material library on one of the two stores, and a small upload limit so "too large" is cheap to try.</summary>
public abstract class MaterialsApp : AcademyApp
{
    public const int MaxUploadMegabytes = 2;

    /// <summary>Resumable uploads of the tests' small files are sent in blocks of this many bytes.</summary>
    public const int UploadBlockBytes = 256 * 1024;

    protected MaterialsApp()
    {
        Settings["Academy:Materials:MaxUploadMegabytes"] = $"{MaxUploadMegabytes}";
        Settings["Academy:Materials:UploadBlockMegabytes"] = "0.25";
    }

    public IMaterialStore Store => Service<IMaterialStore>();

    /// <summary>Every blob the library holds; a refused or broken upload must add none.</summary>
    public async Task<IReadOnlyList<BlobProperties>> BlobsAsync()
    {
        var blobs = new List<BlobProperties>();
        await foreach (var blob in Store.ListAsync("materials/"))
        {
            blobs.Add(blob);
        }

        return blobs;
    }
}

public sealed class DiskMaterialsApp : MaterialsApp
{
    public string MaterialsFolder => Path.Combine(DataDirectory, "materials");
}

public sealed class AzuriteMaterialsApp : MaterialsApp
{
    private MaterialStores.Azurite? _azurite;

    public override async Task InitializeAsync()
    {
        _azurite = await MaterialStores.Azurite.StartAsync();
        Settings["Academy:Materials:Provider"] = "AzureBlob";
        Settings["Academy:Materials:ConnectionString"] = _azurite.ConnectionString;
        Settings["Academy:Materials:Container"] = $"materials-{Guid.NewGuid():N}"[..30];
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
    }
}

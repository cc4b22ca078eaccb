using System.ComponentModel.DataAnnotations;

namespace Soteliiderit.Academy.Web.Features.Materials;

/// <summary>The "Academy:Materials" configuration section: where material is kept and how it is handed out.</summary>
public sealed class MaterialOptions
{
    public MaterialStoreProvider Provider { get; set; } = MaterialStoreProvider.FileSystem;

    /// <summary>
    /// For AzureBlob: an Azure Storage connection string ("UseDevelopmentStorage=true", or with AccountName,
    /// AccountKey and EndpointSuffix or BlobEndpoint). For FileSystem: unused (files go under the data directory).
    /// </summary>
    public string? ConnectionString { get; set; }

    [RegularExpression("^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$", ErrorMessage = "Academy:Materials:Container must be a valid blob container name.")]
    public string Container { get; set; } = "materials";

    /// <summary>The largest file a facilitator may upload. A recorded webinar is a few hundred megabytes.</summary>
    [Range(1, 1_000_000)]
    public int MaxUploadMegabytes { get; set; } = 500;

    /// <summary>How long a download link straight to the blob store stays valid.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "01:00:00")]
    public TimeSpan ReadLinkLifetime { get; set; } = TimeSpan.FromMinutes(5);

    public DownloadMode Downloads { get; set; } = DownloadMode.ReadLink;

    /// <summary>How often a request to Azure Blob that failed on the way (timeout, 500, 503) is tried again, with doubling waits from 0.4 s.</summary>
    [Range(0, 10)]
    public int StoreRetries { get; set; } = 4;

    /// <summary>Azure Blob block size: an upload holds at most four blocks in memory at a time.</summary>
    [Range(1, 100)]
    public int BlockMegabytes { get; set; } = 8;

    /// <summary>The blocks the upload page sends a file in (a few at a time); a dropped connection costs at most the blocks in flight.</summary>
    [Range(0.0625, 100)]
    public double UploadBlockMegabytes { get; set; } = 8;

    /// <summary>How long an upload waits after its last block for the rest; then it is refused and its blocks are discarded.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan UnfinishedUploadLifetime { get; set; } = TimeSpan.FromHours(24);

    public long MaxUploadBytes => MaxUploadMegabytes * 1024L * 1024L;

    public int UploadBlockBytes => (int)(UploadBlockMegabytes * 1024 * 1024);
}

public enum MaterialStoreProvider
{
    FileSystem,
    AzureBlob,
}

public enum DownloadMode
{
    /// <summary>Redirect to a short-lived read-only link on the store when it has such links (Azure Blob); else stream.</summary>
    ReadLink,

    /// <summary>Always stream through the academy (checks SHA-256 on whole files; no store address reaches the browser).</summary>
    Stream,
}

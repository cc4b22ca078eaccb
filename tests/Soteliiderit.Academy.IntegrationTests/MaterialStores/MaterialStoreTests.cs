using System.Net;
using Azure;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Time.Testing;
using Soteliiderit.Academy.Materials;
using Soteliiderit.Academy.Materials.AzureBlob;
using Soteliiderit.Academy.Materials.FileSystem;

namespace Soteliiderit.Academy.IntegrationTests.MaterialStores;

/// <summary>
/// The same promises from both material stores: the local folder, and Azure Blob storage as Azurite serves
/// it (real HTTP, real signature checks). Each test writes under a folder of its own.
/// </summary>
public sealed class MaterialStoreTests(MaterialStoreFixture stores) : IClassFixture<MaterialStoreFixture>
{
    private readonly string _folder = $"t{Guid.NewGuid():N}";

    public static TheoryData<string> Kinds => [MaterialStoreFixture.FileSystem, MaterialStoreFixture.AzureBlob];

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task A_small_upload_reads_back_whole(string kind)
    {
        var store = stores.Store(kind);
        var bytes = TestContent.Bytes(1000);

        var stored = await store.UploadAsync($"{_folder}/notes.txt", new MemoryStream(bytes), "text/plain");

        Assert.Equal(new StoredBlob($"{_folder}/notes.txt", 1000), stored);
        await using var download = await store.OpenReadAsync($"{_folder}/notes.txt");
        Assert.NotNull(download);
        Assert.Equal((0L, 1000L, 1000L), (download.Offset, download.Length, download.TotalLength));
        Assert.Equal(bytes, await TestContent.ReadAllAsync(download.Content));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task An_upload_of_many_blocks_reads_back_the_same_bytes(string kind)
    {
        // 64 KiB blocks: about sixteen blocks and a short last one, with three in flight at a time.
        var store = stores.Store(kind, new AzureBlobStoreOptions { BlockSize = 64 * 1024, UploadConcurrency = 3 });
        var bytes = TestContent.Bytes((1024 * 1024) + 4321);

        var stored = await store.UploadAsync($"{_folder}/slides.pdf", new MemoryStream(bytes), "application/pdf");

        Assert.Equal(bytes.Length, stored.Length);
        await using var download = await store.OpenReadAsync($"{_folder}/slides.pdf");
        Assert.Equal(TestContent.Sha256(bytes), TestContent.Sha256(await TestContent.ReadAllAsync(download!.Content)));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Staged_blocks_show_nothing_until_committed_and_then_are_the_file_in_order(string kind)
    {
        var store = stores.Store(kind);
        var bytes = TestContent.Bytes(2500);
        var name = $"{_folder}/recording.mp4";

        await store.StageBlockAsync(name, 2, bytes.AsMemory(2000));
        await store.StageBlockAsync(name, 1, new byte[1000]);
        await store.StageBlockAsync(name, 0, bytes.AsMemory(0, 1000));
        await store.StageBlockAsync(name, 1, bytes.AsMemory(1000, 1000));
        var beforeCommit = await store.GetPropertiesAsync(name);
        await store.CommitBlocksAsync(name, 3, "video/mp4");

        Assert.Null(beforeCommit);
        await using var download = await store.OpenReadAsync(name);
        Assert.Equal(bytes, await TestContent.ReadAllAsync(download!.Content));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Committed_blocks_can_be_committed_again_until_discarded(string kind)
    {
        // A completion that fails after its commit (the record, say) is tried again without the file sent again.
        var store = stores.Store(kind);
        var bytes = TestContent.Bytes(2000);
        var name = $"{_folder}/again.mp4";
        await store.StageBlockAsync(name, 0, bytes.AsMemory(0, 1000));
        await store.StageBlockAsync(name, 1, bytes.AsMemory(1000));
        await store.CommitBlocksAsync(name, 2, "video/mp4");

        await store.CommitBlocksAsync(name, 2, "video/mp4");
        await store.DiscardBlocksAsync(name);

        await using var download = await store.OpenReadAsync(name);
        Assert.Equal(bytes, await TestContent.ReadAllAsync(download!.Content));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task A_commit_missing_a_block_is_refused_and_leaves_nothing_under_the_name(string kind)
    {
        var store = stores.Store(kind);
        var name = $"{_folder}/holes.mp4";
        await store.StageBlockAsync(name, 0, TestContent.Bytes(100));
        await store.StageBlockAsync(name, 2, TestContent.Bytes(100));

        await Assert.ThrowsAsync<MissingBlocksException>(() => store.CommitBlocksAsync(name, 3, "video/mp4"));

        Assert.Null(await store.GetPropertiesAsync(name));
        await store.DiscardBlocksAsync(name);
    }

    [Fact]
    public async Task Discarded_blocks_on_disk_are_gone()
    {
        var store = (FileSystemMaterialStore)stores.Store(MaterialStoreFixture.FileSystem);
        var name = $"{_folder}/abandoned.mp4";
        var before = store.PartFileCount;
        await store.StageBlockAsync(name, 0, TestContent.Bytes(100));

        await store.DiscardBlocksAsync(name);

        Assert.Equal(before, store.PartFileCount);
        await Assert.ThrowsAsync<MissingBlocksException>(() => store.CommitBlocksAsync(name, 1, "video/mp4"));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Ranges_give_exactly_the_bytes_asked_for(string kind)
    {
        var store = stores.Store(kind);
        var bytes = TestContent.Bytes(10_000);
        await store.UploadAsync($"{_folder}/video.mp4", new MemoryStream(bytes), "video/mp4");

        foreach (var (offset, length) in new[] { (0L, 100L), (4096L, 1000L), (9999L, 1L) })
        {
            await using var part = await store.OpenReadAsync($"{_folder}/video.mp4", new BlobRange(offset, length));
            Assert.NotNull(part);
            Assert.Equal((offset, length, 10_000L), (part.Offset, part.Length, part.TotalLength));
            Assert.Equal(bytes.AsSpan((int)offset, (int)length).ToArray(), await TestContent.ReadAllAsync(part.Content));
        }
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task A_range_past_the_end_is_refused(string kind)
    {
        var store = stores.Store(kind);
        await store.UploadAsync($"{_folder}/short.txt", new MemoryStream(TestContent.Bytes(10)), "text/plain");

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => store.OpenReadAsync($"{_folder}/short.txt", new BlobRange(50, 10)));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Properties_tell_the_length_type_and_time(string kind)
    {
        var store = stores.Store(kind);
        var before = DateTimeOffset.UtcNow.AddMinutes(-1);
        await store.UploadAsync($"{_folder}/guide.pdf", new MemoryStream(TestContent.Bytes(2048)), "application/pdf");

        var properties = await store.GetPropertiesAsync($"{_folder}/guide.pdf");

        Assert.NotNull(properties);
        Assert.Equal(($"{_folder}/guide.pdf", 2048L), (properties.Name, properties.Length));
        Assert.InRange(properties.LastModified, before, DateTimeOffset.UtcNow.AddMinutes(1));
        // The local folder keeps bytes only; the academy's database remembers the type for it.
        Assert.Equal(kind == MaterialStoreFixture.AzureBlob ? "application/pdf" : null, properties.ContentType);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task A_missing_blob_is_null_and_deleting_it_says_so(string kind)
    {
        var store = stores.Store(kind);

        Assert.Null(await store.GetPropertiesAsync($"{_folder}/missing.pdf"));
        Assert.Null(await store.OpenReadAsync($"{_folder}/missing.pdf"));
        Assert.False(await store.DeleteAsync($"{_folder}/missing.pdf"));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Listing_a_prefix_gives_its_blobs_in_name_order_across_pages(string kind)
    {
        // Two blobs a page, so the Azure store must follow the service's markers.
        var store = stores.Store(kind, new AzureBlobStoreOptions { ListPageSize = 2 });
        foreach (var name in new[] { "e", "a", "d", "b", "c" })
        {
            await store.UploadAsync($"{_folder}/course/{name}.txt", new MemoryStream(TestContent.Bytes(3)), "text/plain");
        }

        await store.UploadAsync($"{_folder}/other/x.txt", new MemoryStream(TestContent.Bytes(3)), "text/plain");

        var listed = await store.ListAsync($"{_folder}/course/").Select(blob => (blob.Name, blob.Length)).ToListAsync();

        Assert.Equal(["a", "b", "c", "d", "e"], listed.Select(blob => blob.Name[($"{_folder}/course/".Length)..^4]));
        Assert.All(listed, blob => Assert.Equal(3, blob.Length));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task A_deleted_blob_is_gone(string kind)
    {
        var store = stores.Store(kind);
        await store.UploadAsync($"{_folder}/old.txt", new MemoryStream(TestContent.Bytes(5)), "text/plain");

        Assert.True(await store.DeleteAsync($"{_folder}/old.txt"));

        Assert.Null(await store.GetPropertiesAsync($"{_folder}/old.txt"));
        Assert.Empty(await store.ListAsync($"{_folder}/").ToListAsync());
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task An_upload_whose_source_breaks_half_way_leaves_nothing(string kind)
    {
        var store = stores.Store(kind, new AzureBlobStoreOptions { BlockSize = 64 * 1024 });
        var bytes = TestContent.Bytes(1024 * 1024);

        await Assert.ThrowsAsync<IOException>(() => store.UploadAsync($"{_folder}/broken.pdf", new BreakingStream(bytes, 600 * 1024), "application/pdf"));

        Assert.Null(await store.GetPropertiesAsync($"{_folder}/broken.pdf"));
        Assert.Null(await store.OpenReadAsync($"{_folder}/broken.pdf"));
        Assert.Empty(await store.ListAsync($"{_folder}/").ToListAsync());
        if (store is FileSystemMaterialStore folder)
        {
            Assert.Equal(0, folder.PartFileCount);
        }
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task The_health_check_passes_when_the_store_answers(string kind)
    {
        var store = stores.Store(kind);

        await store.CheckAsync();

        Assert.Equal(kind, store.Kind);
    }

    [Fact]
    public async Task A_read_link_downloads_the_bytes_under_the_academy_file_name()
    {
        var store = stores.Store(MaterialStoreFixture.AzureBlob);
        var bytes = TestContent.Bytes(3000);
        await store.UploadAsync($"{_folder}/f81d4fae.bin", new MemoryStream(bytes), "application/octet-stream");
        var disposition = "attachment; filename=\"Etajohtamisen opas.pdf\"; filename*=UTF-8''Et%C3%A4johtamisen%20opas.pdf";

        var link = store.CreateReadLink($"{_folder}/f81d4fae.bin", new ReadLink(TimeSpan.FromMinutes(5), "application/pdf", disposition));

        using var browser = new HttpClient();
        using var response = await browser.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(disposition, response.Content.Headers.ContentDisposition?.ToString());
        Assert.Equal(bytes, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_read_link_with_a_changed_signature_is_refused()
    {
        var store = stores.Store(MaterialStoreFixture.AzureBlob);
        await store.UploadAsync($"{_folder}/a.pdf", new MemoryStream(TestContent.Bytes(10)), "application/pdf");
        var link = store.CreateReadLink($"{_folder}/a.pdf", new ReadLink(TimeSpan.FromMinutes(5), "application/pdf", "attachment"))!.ToString();
        var signatureStart = link.IndexOf("sig=", StringComparison.Ordinal) + 4;
        var tampered = link[..signatureStart] + (link[signatureStart] == 'A' ? 'B' : 'A') + link[(signatureStart + 1)..];

        using var browser = new HttpClient();
        using var response = await browser.GetAsync(tampered);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task An_expired_read_link_is_refused()
    {
        await stores.Store(MaterialStoreFixture.AzureBlob).UploadAsync($"{_folder}/a.pdf", new MemoryStream(TestContent.Bytes(10)), "application/pdf");
        // A link made two hours ago for ten minutes.
        var past = stores.Store(MaterialStoreFixture.AzureBlob, time: new FakeTimeProvider(DateTimeOffset.UtcNow.AddHours(-2)));
        var link = past.CreateReadLink($"{_folder}/a.pdf", new ReadLink(TimeSpan.FromMinutes(10), "application/pdf", "attachment"));

        using var browser = new HttpClient();
        using var response = await browser.GetAsync(link);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task The_container_is_made_again_after_it_vanished()
    {
        var container = $"vanishing-{Guid.NewGuid():N}"[..24];
        var store = stores.Store(MaterialStoreFixture.AzureBlob, container: container);
        await store.UploadAsync($"{_folder}/before.txt", new MemoryStream(TestContent.Bytes(10)), "text/plain");

        await DeleteContainerAsync(container);
        var bytes = TestContent.Bytes(100);
        await store.UploadAsync($"{_folder}/after.txt", new MemoryStream(bytes), "text/plain");

        Assert.Null(await store.GetPropertiesAsync($"{_folder}/before.txt"));
        await using var download = await store.OpenReadAsync($"{_folder}/after.txt");
        Assert.Equal(bytes, await TestContent.ReadAllAsync(download!.Content));
    }

    [Fact]
    public async Task A_store_where_nothing_answers_is_unavailable_after_its_retries()
    {
        var nobody = Azurite.ConnectionStringFor(LoopbackPorts.Free());
        var store = MaterialStoreFixture.AzureStore(nobody, "materials", new AzureBlobStoreOptions { Retries = 2, RetryDelay = TimeSpan.FromMilliseconds(10) });

        await Assert.ThrowsAsync<MaterialStoreUnavailableException>(() => store.CheckAsync());
        await Assert.ThrowsAsync<MaterialStoreUnavailableException>(() => store.UploadAsync("a.txt", new MemoryStream([1, 2, 3]), "text/plain"));
    }

    [Fact]
    public async Task A_store_with_the_wrong_key_fails_its_health_check()
    {
        var wrongKey = stores.Azurite.ConnectionString.Replace(Azurite.AccountKey, Convert.ToBase64String(new byte[64]), StringComparison.Ordinal);
        var store = MaterialStoreFixture.AzureStore(wrongKey, stores.Container);

        var failure = await Assert.ThrowsAsync<MaterialStoreUnavailableException>(() => store.CheckAsync());

        Assert.Equal(403, Assert.IsType<RequestFailedException>(failure.InnerException).Status);
    }

    private async Task DeleteContainerAsync(string container)
    {
        var deleted = await new BlobContainerClient(stores.Azurite.ConnectionString, container, AzureBlobMaterialStore.ClientOptions(new AzureBlobStoreOptions())).DeleteAsync();
        Assert.Equal(202, deleted.Status);
    }
}

using System.Net;
using System.Text;
using System.Xml.Linq;
using Azure;
using Soteliiderit.Academy.Materials;
using Soteliiderit.Academy.Materials.AzureBlob;

namespace Soteliiderit.Academy.Tests.Materials;

/// <summary>How the Azure Blob store meets a service that fails: what it tries again, what it never does, and what it never commits.</summary>
public sealed class AzureBlobRetryTests
{
    private static readonly AzureBlobStoreOptions NoWaiting = new() { Retries = 3, RetryDelay = TimeSpan.Zero };

    [Fact]
    public async Task Service_unavailable_twice_then_an_answer_gives_the_answer()
    {
        var service = new FakeBlobService()
            .Then(HttpStatusCode.ServiceUnavailable, "ServerBusy")
            .Then(HttpStatusCode.ServiceUnavailable, "ServerBusy")
            .Then(_ => Properties(1234));

        var properties = await Store(service).GetPropertiesAsync("course/a.pdf");

        Assert.Equal(1234, properties?.Length);
        Assert.Equal(3, service.BlobRequests.Count(request => request.Method == HttpMethod.Head));
    }

    [Theory]
    [InlineData(HttpStatusCode.RequestTimeout)]
    [InlineData(HttpStatusCode.TooManyRequests)]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task Each_failure_the_store_promises_to_retry_is_tried_again(HttpStatusCode status)
    {
        var service = new FakeBlobService().Then(status).Then(_ => Properties(7));

        Assert.Equal(7, (await Store(service).GetPropertiesAsync("a.pdf"))?.Length);
        Assert.Equal(2, service.BlobRequests.Count);
    }

    [Fact]
    public async Task A_connection_refused_and_a_timeout_are_tried_again()
    {
        var service = new FakeBlobService()
            .Then(new HttpRequestException("Connection refused"))
            .Then(new TaskCanceledException("The request timed out.", new TimeoutException()))
            .Then(_ => Properties(5));

        Assert.Equal(5, (await Store(service).GetPropertiesAsync("a.pdf"))?.Length);
        Assert.Equal(3, service.BlobRequests.Count);
    }

    [Theory]
    [InlineData(HttpStatusCode.Forbidden, "AuthenticationFailed")]
    [InlineData(HttpStatusCode.Conflict, "LeaseIdMissing")]
    [InlineData(HttpStatusCode.BadRequest, "InvalidHeaderValue")]
    [InlineData(HttpStatusCode.Unauthorized, "NoAuthenticationInformation")]
    [InlineData(HttpStatusCode.PreconditionFailed, "ConditionNotMet")]
    [InlineData(HttpStatusCode.NotImplemented, "NotImplemented")]
    public async Task A_refusal_is_never_tried_again_and_names_its_code(HttpStatusCode status, string code)
    {
        var service = new FakeBlobService(_ => FakeBlobService.Answer(status, code));

        var failure = await Assert.ThrowsAsync<RequestFailedException>(() => Store(service).DeleteAsync("a.pdf"));

        Assert.Equal(((int)status, code), (failure.Status, failure.ErrorCode));
        Assert.Single(service.BlobRequests);
    }

    [Fact]
    public async Task A_missing_blob_is_asked_for_once()
    {
        var service = new FakeBlobService(_ => FakeBlobService.Answer(HttpStatusCode.NotFound, "BlobNotFound"));

        Assert.False(await Store(service).DeleteAsync("a.pdf"));
        Assert.Single(service.BlobRequests);
    }

    [Fact]
    public async Task A_service_that_keeps_failing_is_unavailable_after_the_last_retry()
    {
        var service = new FakeBlobService(_ => FakeBlobService.Answer(HttpStatusCode.InternalServerError, "InternalError"));

        var failure = await Assert.ThrowsAsync<MaterialStoreUnavailableException>(() => Store(service).GetPropertiesAsync("a.pdf"));

        Assert.Equal("The material storage did not answer after 4 attempts.", failure.Message);
        Assert.Equal(4, service.BlobRequests.Count);
    }

    [Fact]
    public async Task The_callers_cancellation_is_not_a_timeout_to_retry()
    {
        using var cancelled = new CancellationTokenSource();
        // The caller gives up while the first request is on its way: that request fails as cancelled, and is not repeated.
        var service = new FakeBlobService(_ => Properties(1)).Then(_ =>
        {
            cancelled.Cancel();
            throw new TaskCanceledException();
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Store(service).GetPropertiesAsync("a.pdf", cancelled.Token));
        Assert.Single(service.BlobRequests);
    }

    [Fact]
    public async Task A_block_that_failed_is_sent_again_with_the_same_bytes_and_committed_in_order()
    {
        var service = new FakeBlobService().Then(HttpStatusCode.Created).Then(HttpStatusCode.InternalServerError);
        var content = Enumerable.Range(0, 2500).Select(index => (byte)(index * 7)).ToArray();

        var stored = await Store(service, NoWaiting with { BlockSize = 1000, UploadConcurrency = 1 }).UploadAsync("a.pdf", new MemoryStream(content), "application/pdf");

        var blocks = service.BlobRequests.Where(request => request.PathAndQuery.Contains("comp=block&", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, blocks.Count);
        Assert.Equal(blocks[1].PathAndQuery, blocks[2].PathAndQuery);
        Assert.Equal(blocks[1].Body, blocks[2].Body);
        var committed = XDocument.Load(new MemoryStream(service.BlobRequests.Single(request => request.PathAndQuery.EndsWith("comp=blocklist", StringComparison.Ordinal)).Body));
        var blockBodies = blocks.DistinctBy(block => block.PathAndQuery).ToDictionary(block => BlockIdOf(block.PathAndQuery), block => block.Body);
        Assert.Equal(content, committed.Root!.Elements("Latest").SelectMany(id => blockBodies[id.Value]).ToArray());
        Assert.Equal(2500, stored.Length);
    }

    [Fact]
    public async Task A_block_the_service_refuses_leaves_the_blob_uncommitted()
    {
        var service = new FakeBlobService().Then(HttpStatusCode.Created).Then(HttpStatusCode.Forbidden, "AuthorizationFailure");

        await Assert.ThrowsAsync<RequestFailedException>(() =>
            Store(service, NoWaiting with { BlockSize = 1000, UploadConcurrency = 1 }).UploadAsync("a.pdf", new MemoryStream(new byte[5000]), "application/pdf"));

        Assert.DoesNotContain(service.BlobRequests, request => request.PathAndQuery.EndsWith("comp=blocklist", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_vanished_container_is_created_again_and_the_same_block_sent_again()
    {
        var service = new FakeBlobService().Then(HttpStatusCode.NotFound, "ContainerNotFound");
        var content = Enumerable.Range(0, 10).Select(index => (byte)index).ToArray();

        var stored = await Store(service).UploadAsync("a.pdf", new MemoryStream(content), "application/pdf");

        Assert.Equal(
            ["PUT ?restype=container", "PUT a.pdf?comp=block", "PUT ?restype=container", "PUT a.pdf?comp=block", "PUT a.pdf?comp=blocklist"],
            service.Requests.Select(request => $"{request.Method} {request.PathAndQuery.Replace("/devstoreaccount1/materials", "", StringComparison.Ordinal).TrimStart('/').Split('&')[0]}"));
        var blocks = service.BlobRequests.Where(request => request.PathAndQuery.Contains("comp=block&", StringComparison.Ordinal)).ToList();
        Assert.All(blocks, block => Assert.Equal(content, block.Body));
        Assert.Equal(10, stored.Length);
    }

    private static AzureBlobMaterialStore Store(FakeBlobService service, AzureBlobStoreOptions? options = null) =>
        AzureBlobMaterialStore.Create("UseDevelopmentStorage=true", "materials", TimeProvider.System, options ?? NoWaiting, service);

    private static HttpResponseMessage Properties(long length)
    {
        var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent([]) };
        response.Content.Headers.ContentLength = length;
        response.Content.Headers.LastModified = DateTimeOffset.UtcNow;
        return response;
    }

    private static string BlockIdOf(string pathAndQuery) =>
        Uri.UnescapeDataString(pathAndQuery[(pathAndQuery.IndexOf("blockid=", StringComparison.Ordinal) + 8)..]);
}

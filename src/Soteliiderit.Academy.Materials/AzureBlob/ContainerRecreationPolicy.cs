using Azure.Core;
using Azure.Core.Pipeline;

namespace Soteliiderit.Academy.Materials.AzureBlob;

/// <summary>
/// When the service answers that the container is gone (an emulator with in-memory storage forgets it on
/// restart), creates it and sends the same request once more. It works on the request, not on the call, so a
/// block of a streamed upload is sent again with the bytes it had: repeating the whole call would read on from
/// where the uploader's stream already is.
/// </summary>
internal sealed class ContainerRecreationPolicy(Func<CancellationToken, Task> createContainer) : HttpPipelinePolicy
{
    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        await ProcessNextAsync(message, pipeline).ConfigureAwait(false);
        if (ContainerIsGone(message))
        {
            await createContainer(message.CancellationToken).ConfigureAwait(false);
            await ProcessNextAsync(message, pipeline).ConfigureAwait(false);
        }
    }

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        ProcessNext(message, pipeline);
        if (ContainerIsGone(message))
        {
            createContainer(message.CancellationToken).GetAwaiter().GetResult();
            ProcessNext(message, pipeline);
        }
    }

    private static bool ContainerIsGone(HttpMessage message) =>
        message.HasResponse && message.Response.Status == 404
        && message.Response.Headers.TryGetValue("x-ms-error-code", out var code) && code == "ContainerNotFound";
}

using System.Net.Http.Json;
using System.Text.Json;

namespace Soteliiderit.Academy.IntegrationTests;

/// <summary>An RFC 9457 problem details body as a client reads it.</summary>
public sealed record Problem(int Status, string? Title, string? Detail, string? Code, Dictionary<string, string[]>? Errors)
{
    public static async Task<Problem> ReadAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        return new Problem(
            json.GetProperty("status").GetInt32(),
            json.TryGetProperty("title", out var title) ? title.GetString() : null,
            json.TryGetProperty("detail", out var detail) ? detail.GetString() : null,
            json.TryGetProperty("code", out var code) ? code.GetString() : null,
            json.TryGetProperty("errors", out var errors) ? errors.Deserialize<Dictionary<string, string[]>>() : null);
    }
}

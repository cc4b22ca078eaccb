using System.Net;

namespace Soteliiderit.Academy.IntegrationTests;

/// <summary>An app of its own: the test spends the client's whole allowance of certificate lookups.</summary>
public sealed class CertificateLookupLimitTests(AcademyApp app) : IClassFixture<AcademyApp>
{
    [Fact]
    public async Task Guessing_codes_in_bulk_is_stopped_with_429()
    {
        using var client = app.Anonymous();
        var statuses = new List<HttpStatusCode>();

        // Twice the per-minute allowance: even if a new minute starts mid-way, the limit is met once.
        for (var i = 0; i < 41; i++)
        {
            using var response = await client.GetAsync($"/api/certificates/verification/{i:D4}-0000-0000-0000-0000");
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.Equal(429, (await Problem.ReadAsync(response)).Status);
            }
        }

        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        Assert.All(statuses, s => Assert.True(s is HttpStatusCode.NotFound or HttpStatusCode.TooManyRequests, s.ToString()));
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.GetAsync("/verify?code=0000-0000-0000-0000-0000")).StatusCode);
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Soteliiderit.Academy.Web.Demo;

namespace Soteliiderit.Academy.IntegrationTests;

/// <summary>The app as README's run command starts it: the Development environment.</summary>
public sealed class DevelopmentAcademyApp : AcademyApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Development");
    }
}

/// <summary>What a client sends wrong is the client's 4xx with a reason, never a 500, and changes nothing.</summary>
public sealed class ClientInputTests(DevelopmentAcademyApp app) : IClassFixture<DevelopmentAcademyApp>
{
    [Theory]
    [InlineData("{\"title\":{\"fi\":\"Katkennut\"},\"startsAt\":")]
    [InlineData("{\"title\":5,\"startsAt\":\"2030-01-01T10:00:00Z\",\"durationMinutes\":60}")]
    [InlineData("[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]")]
    public async Task A_malformed_json_body_is_a_400_with_a_reason_in_development_too(string body)
    {
        using var facilitator = await app.ApiAs(DemoAccounts.Facilitator);

        using var response = await facilitator.PostAsync("/api/webinars", new StringContent(body, Encoding.UTF8, "application/json"));

        var problem = await Problem.ReadAsync(response);
        Assert.Equal(400, problem.Status);
        Assert.Contains("JSON", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_json_body_in_an_unknown_character_set_is_a_415()
    {
        using var facilitator = await app.ApiAs(DemoAccounts.Facilitator);
        using var content = new StringContent("{}", Encoding.UTF8);
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("application/json; charset=klingon");

        using var response = await facilitator.PostAsync("/api/webinars", content);

        var problem = await Problem.ReadAsync(response);
        Assert.Equal(415, problem.Status);
        Assert.Contains("klingon", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_quoted_charset_is_read_and_a_request_without_a_body_is_not_refused_for_its_charset()
    {
        using var facilitator = await app.ApiAs(DemoAccounts.Facilitator);
        using var quoted = new StringContent(System.Text.Json.JsonSerializer.Serialize(Webinars.WebinarSchedulingTests.Plan(DateTime.UtcNow.AddDays(3)), System.Text.Json.JsonSerializerOptions.Web), Encoding.UTF8);
        quoted.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("application/json; charset=\"utf-8\"");
        using var read = new HttpRequestMessage(HttpMethod.Get, "/api/webinars") { Content = new ByteArrayContent([]) };
        read.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("application/json; charset=klingon");

        using var created = await facilitator.PostAsync("/api/webinars", quoted);
        using var listed = await facilitator.SendAsync(read);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, listed.StatusCode);
    }

    [Fact]
    public async Task A_webinar_in_the_year_9999_is_refused_by_its_start_field()
    {
        using var facilitator = await app.ApiAs(DemoAccounts.Facilitator);

        using var response = await facilitator.PostAsJsonAsync("/api/webinars", Webinars.WebinarSchedulingTests.Plan(new DateTime(9999, 12, 31, 20, 0, 0, DateTimeKind.Utc)));

        var problem = await Problem.ReadAsync(response);
        Assert.Equal(400, problem.Status);
        Assert.Contains("5", Assert.Single(problem.Errors!["StartsAt"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publishing_a_material_that_does_not_exist_is_the_not_found_page()
    {
        using var facilitator = await app.BrowserAs(DemoAccounts.Facilitator);

        using var response = await facilitator.PostFormAsync($"/materials/{Guid.NewGuid()}?handler=Publication", new() { ["published"] = "true" }, "/materials");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Sivua ei löydy", await response.ReadTextAsync(), StringComparison.Ordinal);
    }
}

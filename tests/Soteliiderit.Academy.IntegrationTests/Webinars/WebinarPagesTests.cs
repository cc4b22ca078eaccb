using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;

namespace Soteliiderit.Academy.IntegrationTests.Webinars;

/// <summary>The webinar's page as a signed-in browser uses it.</summary>
public sealed class WebinarPagesTests(AcademyApp app) : IClassFixture<AcademyApp>
{
    private const string Facilitator = "facilitator@academy.test";

    [Fact]
    public async Task Cancelling_on_the_page_needs_the_box_ticked_and_registrants_can_then_update_their_calendar()
    {
        var webinar = await WebinarSchedulingTests.ScheduleAsync(app, WebinarSchedulingTests.Plan(DateTime.UtcNow.AddDays(3), capacity: 5));
        using var anna = await app.ApiAs("supervisor6.a@academy.test");
        await anna.PostAsync($"/api/webinars/{webinar}/registration", null);
        using var facilitator = await app.BrowserAs(Facilitator);
        using var annaOnPage = await app.BrowserAs("supervisor6.a@academy.test");
        var page = $"/webinars/{webinar}";

        using var unconfirmed = await facilitator.PostFormAsync($"{page}?handler=CancelWebinar", [], page);
        var stillOn = await anna.GetFromJsonAsync<JsonElement>($"/api/webinars/{webinar}");
        using var confirmed = await facilitator.PostFormAsync($"{page}?handler=CancelWebinar", new() { ["ConfirmCancel"] = "true" }, page);
        var cancelledPage = await annaOnPage.GetStringAsync(page);

        Assert.Contains("Vahvista peruminen rastittamalla ruutu.", await unconfirmed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("Scheduled", stillOn.GetProperty("listing").GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Contains($"href=\"/webinars/{webinar}/calendar.ics\"", cancelledPage, StringComparison.Ordinal);
        Assert.Contains("STATUS:CANCELLED", await annaOnPage.GetStringAsync($"/webinars/{webinar}/calendar.ics"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_slide_number_that_is_not_a_whole_number_is_marked_on_its_field_and_kept()
    {
        using var facilitator = await app.BrowserAs(Facilitator);
        var slide = Web.Demo.DemoMaterials.TeamAgreement;
        var before = await app.QueryAsync(db => db.Webinars.CountAsync());

        using var response = await facilitator.PostFormAsync("/webinars/new", new()
        {
            ["Input.Title.Fi"] = "Diojen järjestys",
            ["Input.StartsAt"] = "2031-03-02T10:00",
            ["Input.Slides"] = slide.ToString(),
            [$"Input.SlideOrder[{slide}]"] = "1,5",
        });
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var field = Regex.Match(page, $"<input[^>]*id=\"Input_SlideOrder_{slide}_\"[^>]*>").Value;
        Assert.Contains("value=\"1,5\"", field, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", field, StringComparison.Ordinal);
        Assert.Contains($"href=\"#Input_SlideOrder_{slide}_\"", page, StringComparison.Ordinal);
        Assert.Equal(before, await app.QueryAsync(db => db.Webinars.CountAsync()));
    }

    [Fact]
    public async Task The_edit_form_shows_the_saved_start_in_finnish_time_and_a_nonsense_start_gets_one_message()
    {
        var webinar = await WebinarSchedulingTests.ScheduleAsync(app, WebinarSchedulingTests.Plan(new DateTime(2030, 1, 15, 8, 0, 0, DateTimeKind.Utc)));
        using var facilitator = await app.BrowserAs(Facilitator);

        var edit = await facilitator.GetStringAsync($"/webinars/{webinar}/edit");
        using var nonsense = await facilitator.PostFormAsync($"/webinars/{webinar}/edit", new() { ["Input.Title.Fi"] = "Palaute etänä", ["Input.StartsAt"] = "huomenna" });
        var refused = await nonsense.ReadTextAsync();

        Assert.Matches("<input[^>]*id=\"Input_StartsAt\"[^>]*value=\"2030-01-15T10:00\"", edit);
        var summary = Regex.Match(refused, "<div class=\"error-summary\".*?</div>", RegexOptions.Singleline).Value;
        Assert.Equal(1, Regex.Count(summary, "href=\"#Input_StartsAt\""));
    }

    [Fact]
    public async Task A_pdf_slide_is_served_for_the_academys_own_viewer_frame_and_the_room_lets_its_pages_frame_it()
    {
        using var supervisor = await app.BrowserAs("supervisor3.b@academy.test");

        using var pdf = await supervisor.GetAsync($"/materials/{Web.Demo.DemoMaterials.TeamAgreement}/download?inline=true");
        using var room = await supervisor.GetAsync($"/webinars/{Web.Demo.DemoSeeder.DemoWebinar}/room");

        Assert.Equal("inline", pdf.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("SAMEORIGIN", pdf.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("frame-ancestors 'self'", pdf.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains("frame-src 'self'", room.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }
}

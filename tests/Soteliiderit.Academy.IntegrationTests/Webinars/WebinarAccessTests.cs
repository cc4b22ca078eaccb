using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Soteliiderit.Academy.Data.Materials;
using Soteliiderit.Academy.Data.Webinars;
using Soteliiderit.Academy.Grains.Webinars;
using Soteliiderit.Academy.Web.Demo;
using Soteliiderit.Academy.Web.Features.Webinars;

namespace Soteliiderit.Academy.IntegrationTests.Webinars;

/// <summary>Who may change a webinar, and what people who do not run it or are not in it see of it.</summary>
public sealed class WebinarAccessTests(LiveAcademyApp app) : IClassFixture<LiveAcademyApp>
{
    private const string Facilitator = DemoAccounts.Facilitator;

    private static readonly string[] PollOptions = ["Kyllä", "Ei"];

    [Fact]
    public async Task A_co_facilitator_moderates_the_room_but_cannot_change_the_plan_cancel_or_set_the_recording()
    {
        var co = DemoAccounts.SupervisorA(6);
        var webinar = await WebinarSchedulingTests.ScheduleAsync(app, WebinarSchedulingTests.Plan(DateTime.UtcNow.AddMinutes(5), capacity: 5, coFacilitators: [co, DemoAccounts.HrB]));
        using var coApi = await app.ApiAs(co);
        using var hrCoApi = await app.ApiAs(DemoAccounts.HrB);
        using var admin = await app.ApiAs(DemoAccounts.Admin);

        using var opened = await coApi.PutAsJsonAsync($"/api/webinars/{webinar}", WebinarSchedulingTests.Plan(DateTime.UtcNow.AddMinutes(5), capacity: 500, coFacilitators: [co, DemoAccounts.SupervisorA(5)]));
        using var cancelled = await hrCoApi.PostAsync($"/api/webinars/{webinar}/cancellation", null);
        using var recorded = await coApi.PutAsJsonAsync($"/api/webinars/{webinar}/recording", new { url = "https://example.org/not-ours" });
        await using var room = await app.HubAs(co);
        await room.Hub.InvokeAsync<SessionSnapshot>(nameof(WebinarHub.Join), webinar, 0);
        var poll = await room.Hub.InvokeAsync<long>(nameof(WebinarHub.StartPoll), webinar, "Sopiiko aikataulu?", PollOptions);
        using var byAdmin = await admin.PutAsJsonAsync($"/api/webinars/{webinar}", WebinarSchedulingTests.Plan(DateTime.UtcNow.AddMinutes(5), capacity: 6, coFacilitators: [co]));

        Assert.Equal([HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden], new[] { opened.StatusCode, cancelled.StatusCode, recorded.StatusCode });
        Assert.Contains("Vain webinaarin luoja", (await Problem.ReadAsync(opened)).Detail, StringComparison.Ordinal);
        Assert.True(poll > 0);
        Assert.Equal(HttpStatusCode.NoContent, byAdmin.StatusCode);
        var stored = await app.QueryAsync(db => db.Webinars.SingleAsync(w => w.Id == webinar));
        Assert.Equal((6, false, null, Data.Webinars.WebinarStatus.Scheduled), (stored.Capacity, stored.OpenToAll, stored.RecordingUrl, stored.Status));
    }

    [Fact]
    public async Task Someone_who_does_not_run_a_webinar_cannot_learn_from_its_plan_form_who_has_an_account()
    {
        var webinar = await WebinarSchedulingTests.ScheduleAsync(app, WebinarSchedulingTests.Plan(DateTime.UtcNow.AddDays(2)));
        using var stranger = await app.ApiAs(DemoAccounts.SupervisorB(6));
        using var facilitator = await app.ApiAs(Facilitator);
        var probe = new[] { DemoAccounts.HrA, "nobody.here@academy.test" };
        var crowd = Enumerable.Range(0, 21).Select(i => $"guess{i}@academy.test").ToArray();

        using var probed = await stranger.PutAsJsonAsync($"/api/webinars/{webinar}", WebinarSchedulingTests.Plan(DateTime.UtcNow.AddDays(2), coFacilitators: probe));
        using var tooMany = await facilitator.PutAsJsonAsync($"/api/webinars/{webinar}", WebinarSchedulingTests.Plan(DateTime.UtcNow.AddDays(2), coFacilitators: crowd));

        Assert.Equal(HttpStatusCode.Forbidden, probed.StatusCode);
        Assert.DoesNotContain("nobody.here", await probed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        var problem = await Problem.ReadAsync(tooMany);
        Assert.Contains("20", Assert.Single(problem.Errors!["CoFacilitators"]), StringComparison.Ordinal);
        Assert.DoesNotContain("guess", problem.Errors["CoFacilitators"][0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_hr_person_co_hosting_a_webinar_reads_only_their_own_organizations_people_and_a_supervisor_co_host_reads_none()
    {
        var coSupervisor = DemoAccounts.SupervisorB(3);
        var webinar = await WebinarSchedulingTests.ScheduleAsync(app, WebinarSchedulingTests.Plan(DateTime.UtcNow.AddMinutes(5), capacity: 10, coFacilitators: [DemoAccounts.HrA, coSupervisor]));
        foreach (var person in new[] { DemoAccounts.SupervisorA(3), DemoAccounts.SupervisorB(2) })
        {
            using var client = await app.ApiAs(person);
            await client.PostAsync($"/api/webinars/{webinar}/registration", null);
            await using var inRoom = await app.HubAs(person);
            await inRoom.Hub.InvokeAsync<SessionSnapshot>(nameof(WebinarHub.Join), webinar, 0);
            await inRoom.Hub.InvokeAsync(nameof(WebinarHub.Leave), webinar);
        }

        using var hrCoHost = await app.ApiAs(DemoAccounts.HrA);
        using var supervisorCoHost = await app.ApiAs(coSupervisor);
        using var facilitator = await app.ApiAs(Facilitator);
        var registrations = await hrCoHost.GetFromJsonAsync<JsonElement>($"/api/webinars/{webinar}/registrations");
        var attendance = await hrCoHost.GetFromJsonAsync<JsonElement>($"/api/webinars/{webinar}/attendance");
        var csv = await hrCoHost.GetStringAsync($"/api/webinars/{webinar}/attendance.csv");
        using var refused = await supervisorCoHost.GetAsync($"/api/webinars/{webinar}/registrations");
        var everyone = await facilitator.GetFromJsonAsync<JsonElement>($"/api/webinars/{webinar}/registrations");

        Assert.Equal(["Laura Nieminen"], Names(registrations));
        Assert.Equal(["Laura Nieminen"], Names(attendance));
        Assert.DoesNotContain("Erik Sjöberg", csv, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        // Maria reads Swedish.
        Assert.Contains("Bara den som skapade webbinariet, dess handledare och HR", (await Problem.ReadAsync(refused)).Detail, StringComparison.Ordinal);
        Assert.Equal(["Erik Sjöberg", "Laura Nieminen"], Names(everyone).Order(StringComparer.Ordinal));

        static List<string> Names(JsonElement rows) => [.. rows.EnumerateArray().Select(r => r.GetProperty("name").GetString()!)];
    }

    [Fact]
    public async Task The_stream_address_of_a_registered_only_webinar_reaches_only_the_people_let_in()
    {
        var stream = "https://stream.example.fi/live/secret-room";
        var webinar = await WebinarSchedulingTests.ScheduleAsync(app, WebinarSchedulingTests.Plan(DateTime.UtcNow.AddMinutes(5), capacity: 5, streamUrl: stream));
        using var registered = await app.ApiAs(DemoAccounts.SupervisorA(2));
        await registered.PostAsync($"/api/webinars/{webinar}/registration", null);
        using var outsider = await app.ApiAs(DemoAccounts.SupervisorA(1));

        var forOutsider = await outsider.GetStringAsync($"/api/webinars/{webinar}");
        var detailsForOutsider = await outsider.GetStringAsync($"/webinars/{webinar}/details.json");
        var forRegistered = await registered.GetFromJsonAsync<JsonElement>($"/api/webinars/{webinar}");

        Assert.DoesNotContain("secret-room", forOutsider, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-room", detailsForOutsider, StringComparison.Ordinal);
        Assert.Equal(stream, forRegistered.GetProperty("streamUrl").GetString());
    }

    [Fact]
    public async Task After_a_webinar_its_faq_names_askers_only_to_those_who_were_there_and_slides_that_went_back_to_draft_are_not_listed()
    {
        var plan = WebinarSchedulingTests.Plan(DateTime.UtcNow.AddMinutes(5), capacity: 5, slides: [DemoMaterials.TeamAgreement, DemoMaterials.WellbeingCheckIn]);
        var webinar = await WebinarSchedulingTests.ScheduleAsync(app, plan);
        await app.QueryAsync(db => db.Materials.Where(m => m.Id == DemoMaterials.WellbeingCheckIn).ExecuteUpdateAsync(m => m.SetProperty(x => x.Status, MaterialStatus.Draft)));
        var asker = DemoAccounts.SupervisorB(1);
        using (var client = await app.ApiAs(asker))
        {
            await client.PostAsync($"/api/webinars/{webinar}/registration", null);
        }

        await using (var room = await app.HubAs(asker))
        await using (var host = await app.HubAs(Facilitator))
        {
            await host.Hub.InvokeAsync<SessionSnapshot>(nameof(WebinarHub.Join), webinar, 0);
            await room.Hub.InvokeAsync<SessionSnapshot>(nameof(WebinarHub.Join), webinar, 0);
            await room.Hub.InvokeAsync<long>(nameof(WebinarHub.Ask), webinar, "Miten tuen tiimiä muutoksessa?", false);
            await host.Hub.InvokeAsync<long>(nameof(WebinarHub.End), webinar);
        }

        using var attendee = await app.ApiAs(asker);
        using var absent = await app.ApiAs(DemoAccounts.SupervisorB(2));
        var seenByAttendee = await attendee.GetFromJsonAsync<JsonElement>($"/api/webinars/{webinar}/faq");
        var seenByAbsent = await absent.GetFromJsonAsync<JsonElement>($"/api/webinars/{webinar}/faq");
        var slides = (await absent.GetFromJsonAsync<JsonElement>($"/api/webinars/{webinar}")).GetProperty("slides");

        Assert.Equal("Johanna Lindqvist", seenByAttendee[0].GetProperty("authorName").GetString());
        Assert.Equal("Miten tuen tiimiä muutoksessa?", seenByAbsent[0].GetProperty("question").GetString());
        Assert.Equal(JsonValueKind.Null, seenByAbsent[0].GetProperty("authorName").ValueKind);
        await app.QueryAsync(db => db.Materials.Where(m => m.Id == DemoMaterials.WellbeingCheckIn).ExecuteUpdateAsync(m => m.SetProperty(x => x.Status, MaterialStatus.Published)));
        Assert.Equal([DemoMaterials.TeamAgreement], slides.EnumerateArray().Select(s => s.GetProperty("materialId").GetGuid()).Distinct());
    }

    [Fact]
    public async Task A_slide_number_beyond_the_deck_is_refused_and_the_room_stays_on_its_slide()
    {
        var webinar = await app.AddWebinarAsync();
        await using var host = await app.HubAs(Facilitator);
        await host.Hub.InvokeAsync<SessionSnapshot>(nameof(WebinarHub.Join), webinar, 0);

        await host.Hub.InvokeAsync<long>(nameof(WebinarHub.SetSlide), webinar, 3);
        var refused = await Assert.ThrowsAsync<HubException>(() => host.Hub.InvokeAsync<long>(nameof(WebinarHub.SetSlide), webinar, int.MaxValue));
        var rejoined = await host.Hub.InvokeAsync<SessionSnapshot>(nameof(WebinarHub.Join), webinar, 0);

        Assert.Contains("Sen numeroista diaa ei ole.", refused.Message, StringComparison.Ordinal);
        Assert.Equal(3, rejoined.CurrentSlide);
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Soteliiderit.Academy.Grains.Webinars;
using Soteliiderit.Academy.Web.Features.Webinars;

namespace Soteliiderit.Academy.IntegrationTests.Webinars;

public sealed class WebinarSchedulingTests(LiveAcademyApp app) : IClassFixture<LiveAcademyApp>
{
    private const string Facilitator = "facilitator@academy.test";

    internal static object Plan(DateTime startsAt, int capacity = 1, string title = "Palaute etänä", string[]? coFacilitators = null, string? streamUrl = null, Guid[]? slides = null) => new
    {
        title = new { fi = title, sv = "Feedback på distans" },
        startsAt,
        durationMinutes = 60,
        lobbyMinutes = 15,
        capacity,
        openToAll = false,
        coFacilitators = coFacilitators ?? [],
        streamUrl,
        slides = slides ?? [],
    };

    private Task<Guid> ScheduleAsync(object plan) => ScheduleAsync(app, plan);

    internal static async Task<Guid> ScheduleAsync(AcademyApp app, object plan)
    {
        using var facilitator = await app.ApiAs(Facilitator);
        using var response = await facilitator.PostAsJsonAsync("/api/webinars", plan);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    [Fact]
    public async Task A_full_webinar_queues_people_in_order_and_only_those_with_a_seat_enter_the_room()
    {
        var webinar = await ScheduleAsync(Plan(DateTime.UtcNow.AddMinutes(5)));
        using var mikko = await app.ApiAs("supervisor2.a@academy.test");
        using var erik = await app.ApiAs("supervisor2.b@academy.test");

        var seat = await (await mikko.PostAsync($"/api/webinars/{webinar}/registration", null)).Content.ReadFromJsonAsync<JsonElement>();
        var queued = await (await erik.PostAsync($"/api/webinars/{webinar}/registration", null)).Content.ReadFromJsonAsync<JsonElement>();
        await using var erikInRoom = await app.HubAs("supervisor2.b@academy.test");
        var refused = await Assert.ThrowsAsync<HubException>(() => erikInRoom.Hub.InvokeAsync<SessionSnapshot>(nameof(WebinarHub.Join), webinar, 0));
        await using var mikkoInRoom = await app.HubAs("supervisor2.a@academy.test");
        await mikkoInRoom.Hub.InvokeAsync<SessionSnapshot>(nameof(WebinarHub.Join), webinar, 0);
        Assert.Equal(HttpStatusCode.NoContent, (await mikko.DeleteAsync($"/api/webinars/{webinar}/registration")).StatusCode);
        var listed = await erik.GetFromJsonAsync<JsonElement>($"/api/webinars/{webinar}");
        await erikInRoom.Hub.InvokeAsync<SessionSnapshot>(nameof(WebinarHub.Join), webinar, 0);

        Assert.Equal("Registered", seat.GetProperty("state").GetString());
        Assert.Equal(("Waiting", 1), (queued.GetProperty("state").GetString(), queued.GetProperty("position").GetInt32()));
        Assert.Contains("Du har inte anmält dig", refused.Message, StringComparison.Ordinal);
        Assert.Equal("Registered", listed.GetProperty("listing").GetProperty("registration").GetProperty("state").GetString());
        Assert.True(listed.GetProperty("listing").GetProperty("canJoin").GetBoolean());
    }

    [Fact]
    public async Task A_co_facilitator_taken_off_the_plan_stops_seeing_what_only_facilitators_see_at_once()
    {
        var co = "supervisor4.b@academy.test";
        var webinar = await ScheduleAsync(Plan(DateTime.UtcNow.AddMinutes(5), capacity: 5, coFacilitators: [co]));
        using var facilitator = await app.ApiAs(Facilitator);
        using var asker = await app.ApiAs("supervisor5.b@academy.test");
        await asker.PostAsync($"/api/webinars/{webinar}/registration", null);
        await using var lead = await app.HubAs(Facilitator);
        await using var coInRoom = await app.HubAs(co);
        await using var askerInRoom = await app.HubAs("supervisor5.b@academy.test");
        await lead.Hub.InvokeAsync<SessionSnapshot>(nameof(WebinarHub.Join), webinar, 0);
        var before = await coInRoom.Hub.InvokeAsync<SessionSnapshot>(nameof(WebinarHub.Join), webinar, 0);
        await askerInRoom.Hub.InvokeAsync<SessionSnapshot>(nameof(WebinarHub.Join), webinar, 0);

        using var changed = await facilitator.PutAsJsonAsync($"/api/webinars/{webinar}", Plan(DateTime.UtcNow.AddMinutes(6), capacity: 5));
        await askerInRoom.Hub.InvokeAsync<long>(nameof(WebinarHub.Ask), webinar, "Saako kysyä nimettömänä?", true);
        var toLead = await lead.NextAsync("Question");
        var toFormerCo = await coInRoom.NextAsync("Question");
        var refused = await Assert.ThrowsAsync<HubException>(() => coInRoom.Hub.InvokeAsync<long>(nameof(WebinarHub.SetSlide), webinar, 1));

        Assert.True(before.IsFacilitator);
        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);
        Assert.Equal("Kaisa Lehtonen", toLead.Question?.AuthorName);
        Assert.Null(toFormerCo.Question!.AuthorName);
        Assert.Contains("valmentajat", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_plan_is_refused_field_by_field_and_supervisors_cannot_schedule()
    {
        using var facilitator = await app.ApiAs(Facilitator);
        using var supervisor = await app.ApiAs("supervisor3.a@academy.test");
        var before = await facilitator.GetFromJsonAsync<JsonElement>("/api/webinars");

        using var bad = await facilitator.PostAsJsonAsync("/api/webinars", Plan(DateTime.UtcNow.AddHours(-1), capacity: 0, title: "", coFacilitators: ["nobody@academy.test"]));
        using var forbidden = await supervisor.PostAsJsonAsync("/api/webinars", Plan(DateTime.UtcNow.AddDays(1)));

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var problem = await Problem.ReadAsync(bad);
        Assert.Contains("nobody@academy.test", Assert.Single(problem.Errors!["CoFacilitators"]), StringComparison.Ordinal);
        // The unknown person is named together with the rest, not on the next round of the form.
        Assert.Contains("Capacity", problem.Errors.Keys);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(before.GetArrayLength(), (await facilitator.GetFromJsonAsync<JsonElement>("/api/webinars")).GetArrayLength());

        using var badDates = await facilitator.PostAsJsonAsync("/api/webinars", Plan(DateTime.UtcNow.AddHours(-1), capacity: 0));
        var errors = (await Problem.ReadAsync(badDates)).Errors!;
        Assert.Equal(["Capacity", "StartsAt"], errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_calendar_entry_keeps_its_uid_shows_finnish_time_and_bumps_its_sequence_on_each_change()
    {
        var webinar = await ScheduleAsync(Plan(new DateTime(2030, 1, 15, 8, 0, 0, DateTimeKind.Utc), capacity: 20));
        using var facilitator = await app.ApiAs(Facilitator);
        using var anna = await app.ApiAs("supervisor1.a@academy.test");
        await anna.PostAsync($"/api/webinars/{webinar}/registration", null);

        var first = await anna.GetStringAsync($"/api/webinars/{webinar}/calendar.ics");
        Assert.Equal(HttpStatusCode.NoContent, (await facilitator.PutAsJsonAsync($"/api/webinars/{webinar}", Plan(new DateTime(2030, 6, 17, 8, 0, 0, DateTimeKind.Utc), capacity: 20))).StatusCode);
        var moved = await anna.GetStringAsync($"/api/webinars/{webinar}/calendar.ics");
        Assert.Equal(HttpStatusCode.NoContent, (await facilitator.PostAsync($"/api/webinars/{webinar}/cancellation", null)).StatusCode);
        var cancelled = await anna.GetStringAsync($"/api/webinars/{webinar}/calendar.ics");

        var uid = $"UID:webinar-{webinar:D}@soteliiderit-academy";
        Assert.All(new[] { first, moved, cancelled }, ics => Assert.Contains(uid, ics, StringComparison.Ordinal));
        Assert.Contains("SEQUENCE:0\r\n", first, StringComparison.Ordinal);
        Assert.Contains("DTSTART;TZID=Europe/Helsinki:20300115T100000\r\n", first, StringComparison.Ordinal);
        Assert.Contains("SEQUENCE:1\r\n", moved, StringComparison.Ordinal);
        Assert.Contains("DTSTART;TZID=Europe/Helsinki:20300617T110000\r\n", moved, StringComparison.Ordinal);
        Assert.Contains("SEQUENCE:2\r\n", cancelled, StringComparison.Ordinal);
        Assert.Contains("STATUS:CANCELLED\r\n", cancelled, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync($"/api/webinars/{webinar}/calendar.ics")).StatusCode);
    }

    [Fact]
    public async Task Hr_sees_the_registrations_and_attendance_of_its_own_people_only()
    {
        var webinar = await ScheduleAsync(Plan(DateTime.UtcNow.AddMinutes(5), capacity: 10));
        foreach (var person in new[] { "supervisor4.a@academy.test", "supervisor4.b@academy.test" })
        {
            using var client = await app.ApiAs(person);
            await client.PostAsync($"/api/webinars/{webinar}/registration", null);
            await using var room = await app.HubAs(person);
            await room.Hub.InvokeAsync<SessionSnapshot>(nameof(WebinarHub.Join), webinar, 0);
            await room.Hub.InvokeAsync(nameof(WebinarHub.Leave), webinar);
        }

        using var hrA = await app.ApiAs("hr.a@academy.test");
        using var hrB = await app.ApiAs("hr.b@academy.test");
        using var facilitator = await app.ApiAs(Facilitator);
        using var supervisor = await app.ApiAs("supervisor5.a@academy.test");

        Assert.Equal(["Juha Mäkelä"], Names(await hrA.GetFromJsonAsync<JsonElement>($"/api/webinars/{webinar}/registrations")));
        var seenByHrB = await hrB.GetFromJsonAsync<JsonElement>($"/api/webinars/{webinar}/attendance");
        Assert.Equal(["Pekka Heikkinen"], Names(seenByHrB));
        // Camilla reads Swedish, so her employer goes by its Swedish name.
        Assert.Equal("Västkustens välfärdsområde", seenByHrB[0].GetProperty("organization").GetString());
        Assert.Equal(["Juha Mäkelä", "Pekka Heikkinen"], Names(await facilitator.GetFromJsonAsync<JsonElement>($"/api/webinars/{webinar}/attendance")).Order());
        Assert.Equal(HttpStatusCode.Forbidden, (await supervisor.GetAsync($"/api/webinars/{webinar}/registrations")).StatusCode);
        var csv = await hrA.GetStringAsync($"/api/webinars/{webinar}/attendance.csv");
        Assert.StartsWith("Nimi,Sähköposti,Organisaatio", csv.TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Contains("Juha Mäkelä", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("Pekka Heikkinen", csv, StringComparison.Ordinal);

        static List<string> Names(JsonElement rows) => [.. rows.EnumerateArray().Select(r => r.GetProperty("name").GetString()!)];
    }
}

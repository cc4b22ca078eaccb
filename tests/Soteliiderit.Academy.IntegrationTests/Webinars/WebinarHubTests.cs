using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Soteliiderit.Academy.Data.Webinars;
using Soteliiderit.Academy.Grains.Webinars;
using Soteliiderit.Academy.Web.Features.Webinars;

namespace Soteliiderit.Academy.IntegrationTests.Webinars;

/// <summary>The academy on a real loopback socket, so the hub is reached the way browsers reach it.</summary>
public class LiveAcademyApp : AcademyApp
{
    public Uri Site { get; private set; } = null!;

    public override Task InitializeAsync()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        Site = new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        ClientOptions.BaseAddress = Site;
        return Task.CompletedTask;
    }

    public async Task<RoomConnection> HubAs(string email)
    {
        using var http = new HttpClient { BaseAddress = Site };
        using var response = await http.PostAsJsonAsync("/api/auth/login", new { email, password = Password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
        return await RoomConnection.ConnectAsync(Site, token);
    }

    /// <summary>A webinar whose room is open now, run by facilitator@academy.test.</summary>
    public async Task<Guid> AddWebinarAsync(bool openToAll = true)
    {
        var id = Guid.NewGuid();
        await QueryAsync(async db =>
        {
            var facilitator = await db.Users.Where(u => u.Email == "facilitator@academy.test").Select(u => u.Id).SingleAsync();
            db.Webinars.Add(new Webinar
            {
                Id = id,
                Status = WebinarStatus.Scheduled,
                TitleFi = "Testiwebinaari",
                StartsAt = DateTime.UtcNow,
                DurationMinutes = 60,
                LobbyMinutes = 15,
                Capacity = 50,
                OpenToAll = openToAll,
                Slides = [Web.Demo.DemoMaterials.TeamAgreement, Web.Demo.DemoMaterials.WellbeingCheckIn],
                CreatedBy = facilitator,
            });
            return await db.SaveChangesAsync();
        });
        return id;
    }
}

public sealed class WebinarHubTests(LiveAcademyApp app) : IClassFixture<LiveAcademyApp>
{
    [Fact]
    public async Task Chat_reaches_the_room_only_after_it_is_stored_and_a_refused_call_keeps_the_connection()
    {
        var webinar = await app.AddWebinarAsync();
        await using var facilitator = await app.HubAs("facilitator@academy.test");
        await using var supervisor = await app.HubAs("supervisor2.a@academy.test");
        await facilitator.Hub.InvokeAsync<SessionSnapshot>(nameof(WebinarHub.Join), webinar, 0);
        var joined = await supervisor.Hub.InvokeAsync<SessionSnapshot>(nameof(WebinarHub.Join), webinar, 0);

        var sequence = await supervisor.Hub.InvokeAsync<long>(nameof(WebinarHub.SendChat), webinar, "Hei kaikki!");
        var delivered = await facilitator.NextAsync("Chat");
        var refused = await Assert.ThrowsAsync<HubException>(() => supervisor.Hub.InvokeAsync<long>(nameof(WebinarHub.SetSlide), webinar, 2));
        var empty = await Assert.ThrowsAsync<HubException>(() => supervisor.Hub.InvokeAsync<long>(nameof(WebinarHub.SendChat), webinar, "   "));
        var after = await supervisor.Hub.InvokeAsync<long>(nameof(WebinarHub.SendChat), webinar, "Yhteys on yhä auki.");

        Assert.False(joined.IsFacilitator);
        Assert.Equal(1, sequence);
        Assert.Equal("Hei kaikki!", delivered.Chat?.Text);
        Assert.Contains("Vain webinaarin valmentajat", refused.Message, StringComparison.Ordinal);
        Assert.Contains("Kirjoita ensin", empty.Message, StringComparison.Ordinal);
        Assert.Equal(2, after);
        Assert.Equal(2, await app.QueryAsync(db => Task.FromResult(db.WebinarEvents.Count(e => e.WebinarId == webinar))));
    }

    [Fact]
    public async Task Someone_deactivated_while_in_the_room_is_refused_at_their_next_call_and_their_idle_tab_is_closed()
    {
        const string email = "supervisor6.a@academy.test";
        var webinar = await app.AddWebinarAsync();
        await using var writing = await app.HubAs(email);
        await using var listening = await app.HubAs(email);
        await writing.Hub.InvokeAsync<SessionSnapshot>(nameof(WebinarHub.Join), webinar, 0);
        await listening.Hub.InvokeAsync<SessionSnapshot>(nameof(WebinarHub.Join), webinar, 0);
        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        listening.Hub.Closed += _ =>
        {
            closed.TrySetResult();
            return Task.CompletedTask;
        };
        var userId = await app.QueryAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        using var admin = await app.ApiAs("admin@academy.test");

        (await admin.PostAsync($"/api/admin/users/{userId}/deactivation", null)).EnsureSuccessStatusCode();
        try
        {
            var refused = await Record.ExceptionAsync(() => writing.Hub.InvokeAsync<long>(nameof(WebinarHub.SendChat), webinar, "Vielä täällä?"));
            await app.Services.GetRequiredService<HubAccountSweepService>().SweepAsync();
            await closed.Task.WaitAsync(TimeSpan.FromSeconds(10));

            // Refused in words, or (when the node's own sweep came first) no longer connected at all.
            Assert.True(refused is HubException { Message: var words } ? words.Contains("Kirjaudu uudelleen", StringComparison.Ordinal) : writing.Hub.State != HubConnectionState.Connected, $"{refused}");
            Assert.Equal(0, await app.QueryAsync(db => Task.FromResult(db.WebinarEvents.Count(e => e.WebinarId == webinar))));
        }
        finally
        {
            (await admin.DeleteAsync($"/api/admin/users/{userId}/deactivation")).EnsureSuccessStatusCode();
        }
    }

    [Fact]
    public async Task A_client_whose_socket_was_cut_gets_exactly_what_it_missed()
    {
        var webinar = await app.AddWebinarAsync();
        await using var facilitator = await app.HubAs("facilitator@academy.test");
        var supervisor = await app.HubAs("supervisor3.a@academy.test");
        await facilitator.Hub.InvokeAsync<SessionSnapshot>(nameof(WebinarHub.Join), webinar, 0);
        await supervisor.Hub.InvokeAsync<SessionSnapshot>(nameof(WebinarHub.Join), webinar, 0);
        var seen = await facilitator.Hub.InvokeAsync<long>(nameof(WebinarHub.SendChat), webinar, "ensimmäinen");
        await supervisor.NextAsync("Chat");

        supervisor.Cut();
        await supervisor.DisposeAsync();
        await facilitator.Hub.InvokeAsync<long>(nameof(WebinarHub.SendChat), webinar, "toinen");
        await facilitator.Hub.InvokeAsync<long>(nameof(WebinarHub.SetSlide), webinar, 3);
        await facilitator.Hub.InvokeAsync<long>(nameof(WebinarHub.SendChat), webinar, "kolmas");
        await using var back = await app.HubAs("supervisor3.a@academy.test");
        var rejoined = await back.Hub.InvokeAsync<SessionSnapshot>(nameof(WebinarHub.Join), webinar, seen);

        Assert.False(rejoined.Fresh);
        Assert.Equal([seen + 1, seen + 2, seen + 3], rejoined.Events.Select(e => e.Sequence));
        Assert.Equal([WebinarEventKind.Chat, WebinarEventKind.Slide, WebinarEventKind.Chat], rejoined.Events.Select(e => e.Kind));
        Assert.Equal(3, rejoined.CurrentSlide);
    }

    [Fact]
    public async Task An_unknown_webinar_is_refused_by_name_and_signed_out_clients_cannot_connect()
    {
        await using var supervisor = await app.HubAs("supervisor4.a@academy.test");
        using var http = new HttpClient { BaseAddress = app.Site };

        var unknown = await Assert.ThrowsAsync<HubException>(() => supervisor.Hub.InvokeAsync<SessionSnapshot>(nameof(WebinarHub.Join), Guid.NewGuid(), 0));
        using var anonymous = await http.PostAsync("/hubs/webinar/negotiate?negotiateVersion=1", null);

        Assert.Contains("Webinaaria ei ole", unknown.Message, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }
}

public sealed class WebinarsApiTests(AcademyApp app) : IClassFixture<AcademyApp>
{
    [Fact]
    public async Task The_demo_webinar_is_listed_with_its_room_open_from_start_up()
    {
        using var supervisor = await app.ApiAs("supervisor1.b@academy.test");

        var webinars = await supervisor.GetFromJsonAsync<JsonElement>("/api/webinars");

        var demo = webinars.EnumerateArray().Single(w => w.GetProperty("id").GetGuid() == Web.Demo.DemoSeeder.DemoWebinar);
        Assert.True(demo.GetProperty("roomOpen").GetBoolean());
        Assert.Equal("Öppen kaffestund om distansledarskap", demo.GetProperty("title").GetProperty("sv").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync("/api/webinars")).StatusCode);
    }
}

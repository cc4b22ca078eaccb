using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Data.Sqlite;
using Soteliiderit.Academy.Grains.Webinars;
using Soteliiderit.Academy.Web.Demo;
using Soteliiderit.Academy.Web.Features.Webinars;

namespace Soteliiderit.Academy.IntegrationTests.Webinars;

/// <summary>
/// The academy's command line beside a running single node (SQLite, the README's run): an operator creating the
/// first administrator must not touch the live room, whose attendance the running node still holds.
/// </summary>
[SuppressMessage("Design", "CA1001", Justification = "xunit 2 disposes a test class through IAsyncLifetime; it does not call IAsyncDisposable.")]
public sealed class AdminCommandTests : IAsyncLifetime
{
    private readonly AcademyStorage _storage = new() { OnPostgres = false };
    private AcademyProcess? _node;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_node is not null)
        {
            await _node.DisposeAsync();
        }

        await _storage.DisposeAsync();
    }

    [Fact]
    public async Task Creating_an_administrator_beside_a_running_node_leaves_the_live_rooms_attendance_open()
    {
        _node = await AcademyProcess.StartAsync(_storage, "running node");
        await using var supervisor = await _node.HubAs(DemoAccounts.SupervisorA(1));
        await supervisor.Hub.InvokeAsync<SessionSnapshot>(nameof(WebinarHub.Join), DemoSeeder.DemoWebinar, 0);
        Assert.Equal(1, await OpenStretchesAsync());

        var (exitCode, output) = await AcademyProcess.RunCommandAsync(_storage, "create-admin", "--email", "paakayttaja@kunta.example.fi", "--name", "Pää Käyttäjä");

        Assert.True(exitCode == 0, output);
        Assert.Contains("/account/set-password", output, StringComparison.Ordinal);
        Assert.Equal(1, await OpenStretchesAsync());
    }

    private async Task<long> OpenStretchesAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_storage.DataDirectory, "academy.db")};Pooling=False");
        await connection.OpenAsync();
        await using var count = connection.CreateCommand();
        count.CommandText = """SELECT COUNT(*) FROM "WebinarAttendance" WHERE "LeftAt" IS NULL""";
        return (long)(await count.ExecuteScalarAsync())!;
    }
}

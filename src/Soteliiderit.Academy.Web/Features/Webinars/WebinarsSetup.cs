using System.Text.Json.Serialization;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using Soteliiderit.Academy.Data;
using Soteliiderit.Academy.Web.Hosting;

namespace Soteliiderit.Academy.Web.Features.Webinars;

public static class WebinarsSetup
{
    public static IServiceCollection AddWebinars(this IServiceCollection services)
    {
        services.AddSingleton<HubAccountSweepService>();
        services.AddSingleton<HubAccountFilter>();
        services.AddHostedService(provider => provider.GetRequiredService<HubAccountSweepService>());
        services.AddSignalR(o =>
            {
                o.MaximumReceiveMessageSize = 16 * 1024;
                o.AddFilter<HubAccountFilter>();
            })
            .AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddSingleton<PresenceBroadcast>();
        services.AddSingleton<RoomFeedRegistry>();
        services.AddSingleton<RoomMetrics>();
        services.AddScoped<WebinarDirectory>();
        services.AddScoped<WebinarReports>();
        services.AddScoped<WebinarAfterwards>();
        services.AddScoped<WebinarPlanning>();
        return services;
    }

    /// <summary>
    /// On a single node, attendance a crash left open ends at the last moment it was seen (the session grain's clock
    /// marks it every minute); run before the academy takes connections. A node of a cluster leaves it alone: other
    /// nodes may hold those people, and the room's clock closes what nobody vouches for any more.
    /// </summary>
    public static async Task CloseAttendanceLeftOpenAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.Services.GetRequiredService<ClusterSettings>().Provider != ClusterProvider.Localhost)
        {
            return;
        }

        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AcademyDbContext>>().CreateDbContextAsync();
        await db.WebinarAttendance.Where(a => a.LeftAt == null).ExecuteUpdateAsync(a => a.SetProperty(x => x.LeftAt, x => x.SeenAt));
    }

    public static IEndpointRouteBuilder MapWebinarHub(this IEndpointRouteBuilder app)
    {
        app.MapHub<WebinarHub>("/hubs/webinar").RequireAuthorization();
        return app;
    }
}

using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Soteliiderit.Academy.Data;

namespace Soteliiderit.Academy.Web.Features.Webinars;

public static class WebinarsSetup
{
    public static IServiceCollection AddWebinars(this IServiceCollection services)
    {
        services.AddSignalR(o => o.MaximumReceiveMessageSize = 16 * 1024)
            .AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddSingleton<PresenceBroadcast>();
        services.AddSingleton<FacilitatorSeats>();
        services.AddSingleton<RoomFeedRegistry>();
        services.AddScoped<WebinarDirectory>();
        services.AddScoped<WebinarReports>();
        services.AddScoped<WebinarAfterwards>();
        services.AddScoped<WebinarPlanning>();
        return services;
    }

    /// <summary>
    /// Attendance a crash left open ends at the last moment it was seen (the session grain's clock marks it every minute);
    /// run before the academy takes connections.
    /// </summary>
    public static async Task CloseAttendanceLeftOpenAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AcademyDbContext>>().CreateDbContextAsync();
        await db.WebinarAttendance.Where(a => a.LeftAt == null).ExecuteUpdateAsync(a => a.SetProperty(x => x.LeftAt, x => x.SeenAt));
    }

    public static IEndpointRouteBuilder MapWebinarHub(this IEndpointRouteBuilder app)
    {
        app.MapHub<WebinarHub>("/hubs/webinar").RequireAuthorization();
        return app;
    }
}

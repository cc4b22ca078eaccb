using System.Text.Json.Serialization;

namespace Soteliiderit.Academy.Web.Features.Webinars;

public static class WebinarsSetup
{
    public static IServiceCollection AddWebinars(this IServiceCollection services)
    {
        services.AddSignalR(o => o.MaximumReceiveMessageSize = 16 * 1024)
            .AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddSingleton<PresenceBroadcast>();
        return services;
    }

    public static IEndpointRouteBuilder MapWebinarHub(this IEndpointRouteBuilder app)
    {
        app.MapHub<WebinarHub>("/hubs/webinar").RequireAuthorization();
        return app;
    }
}

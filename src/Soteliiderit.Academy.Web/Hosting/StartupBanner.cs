using Microsoft.Extensions.Options;
using Soteliiderit.Academy.Web.Demo;

namespace Soteliiderit.Academy.Web.Hosting;

public static partial class StartupBanner
{
    /// <summary>Once listening: where the academy answers and, on a demo setup, whom to sign in as.</summary>
    public static void LogStartupBanner(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Soteliiderit.Academy");
            var options = app.Services.GetRequiredService<IOptions<AcademyOptions>>().Value;
            var urls = string.Join(", ", app.Urls);
            var dataDirectory = app.Services.GetRequiredService<DataDirectory>().Path;
            var provider = options.Database.Provider.ToString();
            LogListening(logger, urls, dataDirectory, provider);
            if (options.Demo.Seed)
            {
                var emails = string.Join(", ", DemoAccounts.Emails);
                var password = options.Demo.Password ?? "";
                LogDemoAccounts(logger, emails, password);
            }
        });
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Soteliiderit Academy is running at {Urls} (data: {DataDirectory}, database: {Provider})")]
    private static partial void LogListening(ILogger logger, string urls, string dataDirectory, string provider);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo accounts: {Emails} — password: {Password}")]
    private static partial void LogDemoAccounts(ILogger logger, string emails, string password);
}

namespace Soteliiderit.Academy.Web.Hosting;

public static class LoggingSetup
{
    /// <summary>Readable logs while developing; one JSON object per line elsewhere, for the log collector.</summary>
    public static WebApplicationBuilder AddAcademyLogging(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (!builder.Environment.IsDevelopment())
        {
            builder.Logging.ClearProviders();
            builder.Logging.AddJsonConsole(options => options.UseUtcTimestamp = true);
        }

        return builder;
    }
}

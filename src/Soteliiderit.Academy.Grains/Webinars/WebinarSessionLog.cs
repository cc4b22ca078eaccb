using Microsoft.Extensions.Logging;

namespace Soteliiderit.Academy.Grains.Webinars;

/// <summary>What the session grain tells an operator.</summary>
internal static partial class WebinarSessionLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Webinar {WebinarId} ended, but its plan could not be told yet; the room's clock tells it at its next beat")]
    public static partial void PlanNotTold(ILogger logger, Guid webinarId, Exception exception);
}

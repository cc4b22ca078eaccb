using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Soteliiderit.Academy.Web.Hosting;

namespace Soteliiderit.Academy.Web.Features.Webinars;

/// <summary>
/// The live room. The page carries what does not change during the session (slides, stream, the texts the script
/// needs in the reader's language); everything live comes over /hubs/webinar with the @microsoft/signalr client.
/// </summary>
public sealed class RoomModel(WebinarDirectory directory, IStringLocalizer<SharedResource> text) : PageModel
{
    /// <summary>The messages room.js shows, so the script itself holds no language.</summary>
    private static readonly string[] ScriptTexts =
    [
        "Connecting", "Connected", "Reconnecting", "Disconnected", "Reconnect", "Ended", "Delete", "Mute", "MuteMinutes", "MutedUntil", "Upvote",
        "Voted", "NoPoll", "Approve", "MarkAnswered", "Dismiss", "Anonymous", "Pending", "Answered", "Dismissed", "Vote", "ClosePoll", "PollClosed",
        "Votes", "Lower", "SlideOf", "OpenSlide", "AttendeesNow", "NewMessage", "Failed", "Hosting", "RaiseHand", "LowerHand",
        "EndConfirm", "Declined", "VoteOne", "AnonymousToAttendees", "Upvoted", "New", "NewCount", "PollOpened",
        "CharactersLeft", "CharactersOver", "OpenPage",
    ];

    public WebinarDetails Details { get; private set; } = null!;

    public string ScriptData { get; private set; } = "{}";

    public async Task<IActionResult> OnGetAsync(Guid webinarId)
    {
        if (await directory.FindAsync(User, webinarId) is not { } details)
        {
            return NotFound();
        }

        Details = details;
        // The room frames the external stream and, for a PDF deck, the academy's own PDF viewer page.
        SecurityHeaders.AllowFrames(
            Response,
            details.StreamUrl is { } stream && Uri.TryCreate(stream, UriKind.Absolute, out var site) ? site : null,
            self: details.Slides.Any(s => s.IsPdf));

        ScriptData = JsonSerializer.Serialize(new
        {
            webinarId,
            timeZone = FinnishTime.ZoneId,
            slides = details.Slides.Select(s => new { s.Number, s.MaterialId, title = s.Title.For(LocalizationSetup.CurrentLanguage), s.IsImage, s.IsPdf, s.Page }),
            text = ScriptTexts.ToDictionary(key => key, key => text[$"Room.{key}"].Value),
        }, JsonSerializerOptions.Web);
        return Page();
    }
}

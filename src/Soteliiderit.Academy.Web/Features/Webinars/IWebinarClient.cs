using Soteliiderit.Academy.Grains.Webinars;

namespace Soteliiderit.Academy.Web.Features.Webinars;

/// <summary>What the hub calls on browsers in a webinar room (DESIGN.md's client events).</summary>
public interface IWebinarClient
{
    Task Chat(SessionEvent change);

    Task MessageDeleted(SessionEvent change);

    Task Question(SessionEvent change);

    Task Poll(SessionEvent change);

    Task Slide(SessionEvent change);

    Task Ended(SessionEvent change);

    /// <summary>Not sequenced; coalesced to about one a second per webinar.</summary>
    Task Presence(int attendeeCount);

    /// <summary>The raised hands in order, to facilitators (and to the person whose hand changed).</summary>
    Task Hand(IReadOnlyList<RaisedHand> queue);

    /// <summary>To the person a facilitator muted: they may follow but not post until then.</summary>
    Task Muted(DateTime until);
}

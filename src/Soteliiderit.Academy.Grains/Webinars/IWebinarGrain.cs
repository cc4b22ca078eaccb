using Orleans;
using Orleans.Concurrency;
using Soteliiderit.Academy.Data.Webinars;

namespace Soteliiderit.Academy.Grains.Webinars;

/// <summary>
/// One webinar as planned, keyed by its id: time, hosts, seats and who registered. Registrations run one at a
/// time here, so the last seat goes to exactly one person and the waiting list keeps its order. The live room
/// is <see cref="IWebinarSessionGrain"/>, which this grain tells when the plan changes and which tells this one when it ended.
/// </summary>
public interface IWebinarGrain : IGrainWithStringKey
{
    /// <summary>Creates the webinar with <paramref name="who"/> as its facilitator, or changes its plan (hosts and admins only).</summary>
    Task Schedule(Participant who, WebinarPlan plan);

    /// <summary>Cancels the webinar; every registrant hears of it on their dashboard and the calendar entry is withdrawn.</summary>
    Task Cancel(Participant who);

    /// <summary>Sets (or clears, with null) the link to the recording, shown after the webinar.</summary>
    Task SetRecording(Participant who, string? url);

    /// <summary>A seat, or a place on the waiting list when the seats are taken. Registering twice changes nothing.</summary>
    Task<RegistrationView> Register(Guid userId);

    /// <summary>
    /// Registers many people in one turn, in the order given (an HR assignment to a unit): seats while they last, then
    /// the waiting list. People already registered keep their place.
    /// </summary>
    Task RegisterAll(IReadOnlyList<Guid> userIds);

    /// <summary>Gives up a seat (the first on the waiting list gets it) or a place on the waiting list.</summary>
    Task CancelRegistration(Guid userId);

    Task DismissNotice(Guid userId);

    /// <summary>
    /// The room tells the plan it ended (again after a failure, at its clock's next beat); telling twice changes nothing.
    /// It interleaves because a plan change may at that moment be waiting on the room, which waits on this.
    /// </summary>
    [AlwaysInterleave]
    Task Ended(DateTime endedAt);
}

/// <summary>What a facilitator decides about a webinar.</summary>
/// <param name="CoFacilitators">People (user ids) who moderate and present like the facilitator.</param>
/// <param name="Slides">Published coaching materials, in order; slide n is the n-th.</param>
[GenerateSerializer, Immutable]
public sealed record WebinarPlan(
    LocalizedText Title,
    DateTime StartsAt,
    int DurationMinutes,
    int LobbyMinutes,
    int Capacity,
    bool OpenToAll,
    bool QuestionsNeedApproval,
    Guid? CourseId,
    string? StreamUrl,
    IReadOnlyList<Guid> Slides,
    IReadOnlyList<Guid> CoFacilitators)
{
    /// <summary>What the webinar is about and for whom.</summary>
    [Id(0)]
    public LocalizedText Description { get; init; } = LocalizedText.Empty;
}

/// <param name="Position">1 for the first on the waiting list; null with a seat.</param>
[GenerateSerializer, Immutable]
public sealed record RegistrationView(RegistrationState State, int? Position);

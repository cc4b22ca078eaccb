using Soteliiderit.Academy.Grains;
using Soteliiderit.Academy.Grains.Webinars;

namespace Soteliiderit.Academy.Tests.Webinars;

/// <summary>Who may post in the room now: mutes and each person's pace.</summary>
public sealed class SpeakingRulesTests
{
    private static readonly DateTime Now = new(2026, 12, 2, 10, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Anna = Guid.NewGuid();
    private readonly SpeakingRules _rules = new();

    [Fact]
    public void A_sixth_post_within_ten_seconds_is_too_fast_and_the_next_window_is_open_again()
    {
        for (var i = 0; i < SpeakingRules.MessagesPerWindow; i++)
        {
            _rules.Admit(Anna, facilitator: false, Now.AddSeconds(i));
        }

        Assert.Equal("TooFast", Assert.Throws<RuleViolationException>(() => _rules.Admit(Anna, facilitator: false, Now.AddSeconds(5))).Code);
        _rules.Admit(Anna, facilitator: false, Now + SpeakingRules.PaceWindow);
    }

    [Fact]
    public void A_facilitator_is_not_held_to_the_pace()
    {
        for (var i = 0; i <= SpeakingRules.MessagesPerWindow * 2; i++)
        {
            _rules.Admit(Anna, facilitator: true, Now);
        }
    }

    [Fact]
    public void A_muted_person_may_post_again_once_the_mute_ends_and_a_refused_post_does_not_count()
    {
        _rules.Mute(Anna, Now.AddMinutes(5));

        Assert.Equal("Muted", Assert.Throws<RuleViolationException>(() => _rules.Admit(Anna, facilitator: false, Now.AddMinutes(4))).Code);
        for (var i = 0; i < SpeakingRules.MessagesPerWindow; i++)
        {
            _rules.Admit(Anna, facilitator: false, Now.AddMinutes(5));
        }
    }
}

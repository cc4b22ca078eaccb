using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Soteliiderit.Academy.Grains.Runtime;

namespace Soteliiderit.Academy.Tests.Runtime;

public sealed class GrainRuntimeTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.Parse("2026-11-02T08:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
    private readonly GrainJournal _journal = new();
    private readonly ServiceProvider _services;
    private readonly GrainRuntime _runtime;

    public GrainRuntimeTests()
    {
        _services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(_time)
            .AddSingleton(_journal)
            .AddGrainRuntime(options =>
            {
                options.IdleTimeout = TimeSpan.FromMinutes(15);
                options.CollectionPeriod = TimeSpan.FromMinutes(1);
            })
            .AddGrain<ICounterGrain, CounterGrain>()
            .AddGrain<IRelayGrain, RelayGrain>()
            .BuildServiceProvider();
        _runtime = _services.GetRequiredService<GrainRuntime>();
    }

    private IGrainFactory Grains => _runtime;

    [Fact]
    public async Task Many_concurrent_callers_share_one_activation_and_lose_no_update()
    {
        var calls = Enumerable.Range(0, 200)
            .Select(_ => Task.Run(() => Grains.GetGrain<ICounterGrain>("shared").Increment()));

        var results = await Task.WhenAll(calls);

        Assert.Single(_journal.Activations);
        Assert.Equal(Enumerable.Range(1, 200), results.Order());
        Assert.Equal(200, await Grains.GetGrain<ICounterGrain>("shared").Value());
    }

    [Fact]
    public async Task Calls_to_one_grain_never_overlap()
    {
        await Task.WhenAll(Enumerable.Range(0, 100)
            .Select(_ => Task.Run(() => Grains.GetGrain<ICounterGrain>("one-at-a-time").Increment())));

        Assert.Equal(1, _journal.MostInsideAtOnce);
    }

    [Fact]
    public async Task A_grain_waiting_in_its_turn_does_not_hold_up_other_grains()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var waiting = Grains.GetGrain<ICounterGrain>("waiting").WaitFor(gate.Task);
        var queuedBehind = Grains.GetGrain<ICounterGrain>("waiting").Increment();

        Assert.Equal(1, await Grains.GetGrain<ICounterGrain>("other").Increment());
        Assert.False(queuedBehind.IsCompleted);

        gate.SetResult();
        await waiting;
        Assert.Equal(1, await queuedBehind);
    }

    [Fact]
    public async Task A_grain_calling_itself_is_refused_instead_of_deadlocking()
    {
        var counter = Grains.GetGrain<ICounterGrain>("self");

        await Assert.ThrowsAsync<GrainReentrancyException>(() => counter.CallSelf());
        Assert.Equal(1, await counter.Increment());
    }

    [Fact]
    public async Task A_call_cycle_through_another_grain_is_refused()
    {
        var counter = Grains.GetGrain<ICounterGrain>("cycle");

        var refused = await Assert.ThrowsAsync<GrainReentrancyException>(() => counter.CallThrough("relay"));

        Assert.Contains("ICounterGrain/cycle", refused.Message, StringComparison.Ordinal);
        Assert.Equal(1, await Grains.GetGrain<IRelayGrain>("relay").CallBack("another-counter"));
    }

    [Fact]
    public async Task An_exception_reaches_the_caller_unwrapped_and_the_grain_keeps_working()
    {
        var counter = Grains.GetGrain<ICounterGrain>("failing");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => counter.Fail());

        Assert.Equal("The grain said no.", error.Message);
        Assert.Equal(1, await counter.Increment());
        Assert.Single(_journal.Activations);
    }

    [Fact]
    public async Task An_idle_grain_is_deactivated_after_the_timeout_and_writes_its_state()
    {
        var counter = Grains.GetGrain<ICounterGrain>("idle");
        await counter.Increment();
        await counter.Increment();

        _time.Advance(TimeSpan.FromMinutes(14));
        await _runtime.CollectIdleAsync();
        Assert.Equal(1, _runtime.ActivationCount);
        Assert.Empty(_journal.Deactivations);

        _time.Advance(TimeSpan.FromMinutes(1));
        await _runtime.CollectIdleAsync();

        Assert.Equal(0, _runtime.ActivationCount);
        Assert.Equal(("idle", DeactivationReason.Idle), Assert.Single(_journal.Deactivations));
        Assert.Equal(2, _journal.Stored["idle"]);
        Assert.Equal(3, await counter.Increment());
        Assert.Equal(2, _journal.Activations.Count);
    }

    [Fact]
    public async Task The_collection_timer_on_the_time_provider_deactivates_idle_grains()
    {
        await Grains.GetGrain<ICounterGrain>("timed").Increment();

        _time.Advance(TimeSpan.FromMinutes(16));

        Assert.Equal(DeactivationReason.Idle, await _journal.NextDeactivation.Task.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task A_grain_can_ask_to_be_deactivated_and_the_next_call_activates_it_afresh()
    {
        var counter = Grains.GetGrain<ICounterGrain>("requested");
        await counter.Increment();

        await counter.RequestDeactivation();

        Assert.Equal(("requested", DeactivationReason.Requested), Assert.Single(_journal.Deactivations));
        Assert.Equal(2, await counter.Increment());
        Assert.Equal(2, _journal.Activations.Count);
    }

    [Fact]
    public async Task A_failure_while_deactivating_does_not_turn_a_finished_call_into_an_error()
    {
        var counter = Grains.GetGrain<ICounterGrain>("failing-deactivation");
        await counter.Increment();

        await counter.RequestDeactivationThatFails();

        Assert.Equal(0, _runtime.ActivationCount);
        Assert.Equal(1, await counter.Increment());
        Assert.Equal(2, _journal.Activations.Count);
    }

    [Fact]
    public async Task Stopping_the_runtime_deactivates_every_grain()
    {
        await Grains.GetGrain<ICounterGrain>("a").Increment();
        await Grains.GetGrain<ICounterGrain>("b").Increment();

        await _runtime.DeactivateAllAsync();

        Assert.Equal(0, _runtime.ActivationCount);
        Assert.All(_journal.Deactivations, d => Assert.Equal(DeactivationReason.Shutdown, d.Reason));
        Assert.Equal(2, _journal.Deactivations.Count);
    }

    [Fact]
    public void An_unregistered_grain_interface_is_refused_when_asked_for()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Grains.GetGrain<IUnregisteredGrain>("x"));

        Assert.Contains(nameof(IUnregisteredGrain), error.Message, StringComparison.Ordinal);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    // xunit 2 disposes a test class through IAsyncLifetime, not IAsyncDisposable.
    public async Task DisposeAsync() => await _services.DisposeAsync();

    public interface IUnregisteredGrain : IGrainWithStringKey
    {
        Task Ping();
    }
}

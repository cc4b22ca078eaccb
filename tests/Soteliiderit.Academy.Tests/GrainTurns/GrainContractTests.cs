using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Orleans;
using Orleans.Serialization;
using Soteliiderit.Academy.Grains.Webinars;

namespace Soteliiderit.Academy.Tests.GrainTurns;

/// <summary>
/// Every value that crosses a node boundary (a grain call's arguments and answer, an observer's delivery) has an
/// Orleans serializer, down to the members of the records it carries: a type without one is found here, not by
/// the first person whose call goes to another node.
/// </summary>
public sealed class GrainContractTests : IDisposable, IAsyncLifetime
{
    private readonly TestDatabase _database = new();
    private GrainTestHost _host = null!;

    public Task InitializeAsync()
    {
        _host = new GrainTestHost(_database);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    public void Dispose() => _database.Dispose();

    [Fact]
    public void Every_argument_and_answer_of_every_grain_and_observer_can_be_sent_to_another_node()
    {
        var serializer = _host.ClientServices.GetRequiredService<Serializer>();
        var contracts = typeof(IWebinarSessionGrain).Assembly.GetTypes()
            .Where(t => t.IsInterface && typeof(IAddressable).IsAssignableFrom(t))
            .ToList();
        var crossing = contracts
            .SelectMany(contract => contract.GetMethods().SelectMany(m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType)))
            .Distinct()
            .ToList();

        var unsendable = new SortedSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<Type>();
        foreach (var type in crossing)
        {
            Check(type, serializer, seen, unsendable);
        }

        Assert.True(contracts.Count >= 5, $"Found only {contracts.Count} grain and observer interfaces.");
        Assert.True(unsendable.Count == 0, $"No Orleans serializer for: {string.Join(", ", unsendable)}");
    }

    /// <summary>Whether Orleans has a codec for the type (it throws, naming the member's type, when a member has none).</summary>
    private static bool Sendable(Type type, Serializer serializer)
    {
        try
        {
            return serializer.CanSerialize(type);
        }
        catch (Orleans.Serialization.CodecNotFoundException)
        {
            return false;
        }
    }

    private static void Check(Type type, Serializer serializer, HashSet<Type> seen, SortedSet<string> unsendable)
    {
        if (!seen.Add(type) || type == typeof(Task) || type == typeof(void))
        {
            return;
        }

        if (type.IsGenericType)
        {
            foreach (var argument in type.GetGenericArguments())
            {
                Check(argument, serializer, seen, unsendable);
            }

            if (type.GetGenericTypeDefinition() == typeof(Task<>))
            {
                return;
            }
        }

        if (type.IsArray)
        {
            Check(type.GetElementType()!, serializer, seen, unsendable);
        }

        if (!typeof(IAddressable).IsAssignableFrom(type) && !Sendable(type, serializer))
        {
            unsendable.Add(type.ToString());
        }

        // A record of ours is sent member by member: each member must be sendable too.
        if (type.Assembly == typeof(IWebinarSessionGrain).Assembly || type.Namespace?.StartsWith("Soteliiderit", StringComparison.Ordinal) == true)
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                Check(property.PropertyType, serializer, seen, unsendable);
            }
        }
    }
}

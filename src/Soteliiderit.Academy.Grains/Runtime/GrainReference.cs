using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.ExceptionServices;

namespace Soteliiderit.Academy.Grains.Runtime;

/// <summary>
/// The object a caller holds instead of the grain: every interface call becomes a turn on the activation.
/// Orleans generates these at build time; here <see cref="DispatchProxy"/> builds them at run time.
/// </summary>
#pragma warning disable CA1852 // DispatchProxy derives from this type at run time, so it cannot be sealed.
public class GrainReference : DispatchProxy
#pragma warning restore CA1852
{
    private static readonly ConcurrentDictionary<MethodInfo, Func<GrainRuntime, GrainId, object?[], object>> Dispatchers = new();
    private GrainRuntime? _runtime;
    private GrainId _id;

    internal static TGrainInterface Create<TGrainInterface>(GrainRuntime runtime, GrainId id)
    {
        var proxy = Create<TGrainInterface, GrainReference>();
        var reference = (GrainReference)(object)proxy!;
        reference._runtime = runtime;
        reference._id = id;
        return proxy;
    }

    public override string ToString() => _id.ToString();

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        var dispatch = Dispatchers.GetOrAdd(targetMethod, BuildDispatcher);
        return dispatch(_runtime!, _id, args ?? []);
    }

    private static Func<GrainRuntime, GrainId, object?[], object> BuildDispatcher(MethodInfo method)
    {
        var returnType = method.ReturnType;
        if (returnType == typeof(Task))
        {
            return (runtime, id, args) => runtime.InvokeAsync(id, async grain =>
            {
                await (Task)Call(method, grain, args);
                return true;
            });
        }

        if (returnType == typeof(ValueTask))
        {
            return (runtime, id, args) => new ValueTask(runtime.InvokeAsync(id, async grain =>
            {
                await (ValueTask)Call(method, grain, args);
                return true;
            }));
        }

        if (returnType.IsGenericType && returnType.GetGenericTypeDefinition() == typeof(Task<>))
        {
            return Typed(nameof(DispatchTask), method, returnType);
        }

        if (returnType.IsGenericType && returnType.GetGenericTypeDefinition() == typeof(ValueTask<>))
        {
            return Typed(nameof(DispatchValueTask), method, returnType);
        }

        throw new InvalidOperationException(
            $"{method.DeclaringType?.Name}.{method.Name} returns {returnType.Name}; grain methods return Task or ValueTask.");
    }

    private static Func<GrainRuntime, GrainId, object?[], object> Typed(string helper, MethodInfo method, Type returnType)
    {
        var generic = typeof(GrainReference)
            .GetMethod(helper, BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(returnType.GetGenericArguments()[0]);
        return (Func<GrainRuntime, GrainId, object?[], object>)generic.Invoke(null, [method])!;
    }

    private static Func<GrainRuntime, GrainId, object?[], object> DispatchTask<TResult>(MethodInfo method) =>
        (runtime, id, args) => runtime.InvokeAsync(id, grain => (Task<TResult>)Call(method, grain, args));

    private static Func<GrainRuntime, GrainId, object?[], object> DispatchValueTask<TResult>(MethodInfo method) =>
        (runtime, id, args) => new ValueTask<TResult>(
            runtime.InvokeAsync(id, grain => ((ValueTask<TResult>)Call(method, grain, args)).AsTask()));

    private static object Call(MethodInfo method, Grain grain, object?[] args)
    {
        try
        {
            return method.Invoke(grain, args)!;
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            ExceptionDispatchInfo.Capture(ex.InnerException).Throw();
            throw;
        }
    }
}

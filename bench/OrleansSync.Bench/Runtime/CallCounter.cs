using System.Reflection;

namespace OrleansSync.Bench.Runtime;

/// <summary>Wraps an interface and counts calls to it (each store call is one database round trip).</summary>
public class CallCounter<T> : DispatchProxy
    where T : class
{
    private T _inner = null!;
    private long _calls;

    public long Calls => Interlocked.Read(ref _calls);

    public static (T Proxy, CallCounter<T> Counter) Wrap(T inner)
    {
        var proxy = Create<T, CallCounter<T>>();
        var counter = (CallCounter<T>)(object)proxy;
        counter._inner = inner;
        return (proxy, counter);
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        // The listen loop is one long-lived call, not traffic.
        if (targetMethod!.Name != "ListenAsync")
        {
            Interlocked.Increment(ref _calls);
        }

        try
        {
            return targetMethod.Invoke(_inner, args);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw e.InnerException;
        }
    }
}

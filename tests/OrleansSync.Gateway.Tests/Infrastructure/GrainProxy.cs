using System.Reflection;

namespace OrleansSync.Gateway.Tests.Infrastructure;

/// <summary>A stand-in for a large grain interface (IManagementGrain): every call goes to one handler.</summary>
public class GrainProxy : DispatchProxy
{
    private Func<MethodInfo, object?[]?, object?> _handler = (method, _) => throw new NotSupportedException($"{method.Name} is not faked.");

    public static T Create<T>(Func<MethodInfo, object?[]?, object?> handler)
        where T : class
    {
        var proxy = DispatchProxy.Create<T, GrainProxy>();
        ((GrainProxy)(object)proxy)._handler = handler;
        return proxy;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) => _handler(targetMethod!, args);
}

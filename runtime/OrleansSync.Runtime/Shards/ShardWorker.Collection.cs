using OrleansSync.Runtime.Activations;

namespace OrleansSync.Runtime.Shards;

internal sealed partial class ShardWorker
{
    /// <summary>
    /// Deactivates activations idle longer than the idle age, then the least recently used idle ones while
    /// the shard holds more than its share of the silo's activation bound. Only committed state exists, so
    /// nothing needs saving.
    /// </summary>
    private async Task CollectIdleAsync(CancellationToken cancellationToken)
    {
        var now = _services.Clock.GetUtcNow();
        List<Activation> victims;
        lock (_gate)
        {
            var idle = _activations.Values.Where(a => !a.Running && a.Mailbox.Count == 0).OrderBy(a => a.LastUsed).ToList();
            var excess = _activations.Count - _activationBound();
            victims = idle.Where((a, i) => i < excess || now - a.LastUsed >= _options.IdleDeactivationAge).ToList();
            foreach (var victim in victims)
            {
                _activations.Remove(victim.Id);
            }
        }

        foreach (var victim in victims)
        {
            await DeactivateAsync(victim, cancellationToken);
        }
    }

    private async Task DeactivateAllAsync(CancellationToken cancellationToken)
    {
        List<Activation> all;
        lock (_gate)
        {
            all = [.. _activations.Values];
            _activations.Clear();
        }

        foreach (var activation in all)
        {
            await DeactivateAsync(activation, cancellationToken);
        }
    }

    private async Task DeactivateAsync(Activation activation, CancellationToken cancellationToken)
    {
        if (activation.Instance is not { } instance)
        {
            return;
        }

        try
        {
            await instance.OnDeactivateAsync(cancellationToken);
        }
        catch (Exception ex)
        {
            ShardLog.DeactivationFailed(_logger, ex, activation.Id.ToString());
        }

        _services.Metrics.OnDeactivated();
    }
}

using Microsoft.Extensions.DependencyInjection;
using Orleans.Concurrency;
using OrleansSync.Contracts.Messaging;
using OrleansSync.Contracts.Operations;
using OrleansSync.Contracts.Routing;

namespace OrleansSync.Grains.Operations;

/// <summary>
/// The store side of the reconciliation: one store's paid orders of one day, as the order grains report them through their
/// stored outbox (so the ledger misses no paid order the grid received). The entries live in <see cref="IStoreLedgerStore"/>,
/// one row per order, newest revision winning — so a repeat needs no bookkeeping here, and activations can run side by side:
/// a busy day is written by every silo at once instead of queueing behind one grain.
/// </summary>
[StatelessWorker]
[GrainType(GrainTypes.StoreLedger)]
public sealed class StoreLedgerGrain : Grain, IStoreLedgerGrain
{
    public async Task DeliverAsync(GrainIdentity target, IReadOnlyList<GrainEnvelope> envelopes)
    {
        var entries = envelopes.Select(e => e.Message).OfType<OrderPaidRecorded>().ToList();
        await ServiceProvider.GetRequiredService<IStoreLedgerStore>().RecordAsync(entries, CancellationToken.None);
    }}

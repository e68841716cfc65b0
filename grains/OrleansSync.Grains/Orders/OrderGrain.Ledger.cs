using System.Security.Cryptography;
using System.Text;
using OrleansSync.Contracts.Operations;
using OrleansSync.Contracts.Routing;

namespace OrleansSync.Grains.Orders;

public sealed partial class OrderGrain
{
    /// <summary>A paid order's figures go to its store's ledger of the paid day, for the reconciliation against HubSpot.</summary>
    private void RecordInLedger()
    {
        if (!State.Paid || State.PaidAt is not { } paidAt || State.Totals is null || State.StoreId is null || State.PortalId is null)
        {
            return;
        }

        var paid = OrderRules.BaseAmount(State, _options.Amount);
        var net = OrderRules.Amount(State, _options.Amount);
        var email = State.Email is { } e ? Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(e))) : null;
        Context.Send(
            GrainKeys.StoreLedger(State.StoreId, DateOnly.FromDateTime(paidAt.UtcDateTime)),
            new OrderPaidRecorded(State.OrderKey!, State.StoreId, State.PortalId, State.Totals.Currency, paid, paid - net, State.Cancelled, email, paidAt, State.Revision));
    }
}

using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using OrleansSync.Contracts.Customers;
using OrleansSync.Contracts.Messaging;
using OrleansSync.Contracts.Routing;
using OrleansSync.Gateway.Deliveries;
using OrleansSync.Gateway.Diagnostics;

namespace OrleansSync.Gateway.Admin.Gdpr;

/// <summary>Carries out a GDPR erase: queues the erase command per portal, erases kept deliveries, writes the audit.</summary>
public sealed class CustomerEraser(
    DeliveryAppender queue,
    IDeliveryLog deliveries,
    IErasureAuditLog audit,
    TimeProvider time,
    ILogger<CustomerEraser> logger)
{
    public async Task<EraseAccepted> EraseAsync(string email, IReadOnlyList<string> portalIds, string requestedBy, string? reason, CancellationToken cancellationToken)
    {
        var normalized = EmailNormalizer.Normalize(email) ?? throw new ArgumentException("An email is required.", nameof(email));
        var now = time.GetUtcNow();
        var requestId = Guid.CreateVersion7(now).ToString("N");
        var commands = portalIds
            .Select(portal => new EraseCustomer(portal, normalized, requestId, requestedBy, reason, now))
            .Select(command => new PendingDelivery(
                GrainRouting.Route(command), MessageTypes.NameOf(typeof(EraseCustomer)), MessageTypes.Serialize(command), $"erase:{requestId}:{command.PortalId}", StoreId: null))
            .ToList();

        // The command is durable before anything is reported: the grains finish the erase even if this process dies now.
        await queue.AppendAsync(commands, cancellationToken);
        var erased = await deliveries.EraseByEmailAsync(normalized, cancellationToken);
        var record = new ErasureAudit(
            requestId, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalized))), portalIds, requestedBy, reason, erased, now);
        await audit.RecordAsync(record, cancellationToken);
        GatewayLog.EraseQueued(logger, requestId, portalIds.Count, requestedBy, erased);
        return new EraseAccepted(requestId, portalIds, erased, now);
    }
}

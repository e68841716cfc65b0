using System.Text;
using OrleansSync.Gateway.Deliveries;

namespace OrleansSync.Gateway.Tests.Deliveries;

/// <summary>What every kept-deliveries store must do; run against both implementations.</summary>
public abstract class DeliveryLogConformance
{
    private static readonly DateTimeOffset At = new(2026, 1, 1, 9, 0, 0, TimeSpan.Zero);

    protected abstract Task<(IDeliveryLog Log, IErasureAuditLog Audit)> CreateAsync();

    protected async Task Record_RejectedAndQuarantined_ListsByKindAndGetsEverythingBack()
    {
        var (log, _) = await CreateAsync();
        var body = new byte[] { 0xff, 0x00, (byte)'{' };
        var rejected = await log.RecordAsync(Record(DeliveryKind.Rejected, body, key: null), CancellationToken.None);
        var quarantined = await log.RecordAsync(Record(DeliveryKind.Quarantined, "{}"u8.ToArray(), key: "k1"), CancellationToken.None);

        var onlyRejected = await log.ListAsync(DeliveryKind.Rejected, 0, 10, CancellationToken.None);
        var all = await log.ListAsync(null, 0, 10, CancellationToken.None);
        var got = await log.GetAsync(rejected, CancellationToken.None);

        Assert.Equal([rejected], onlyRejected.Select(r => r.Id));
        Assert.Equal([rejected, quarantined], all.Select(r => r.Id));
        Assert.Empty(await log.ListAsync(null, quarantined, 10, CancellationToken.None));
        Assert.NotNull(got);
        Assert.Equal(body, got.Body);
        Assert.Equal(("shopify", "store-1", "orders/create", 401, "bad", true, At), (got.Platform, got.StoreId, got.Topic, got.StatusCode, got.Reason, got.BodyTruncated, got.ReceivedAt));
        Assert.Equal("orders/create", got.Headers["X-Shopify-Topic"]);
        Assert.Null(await log.GetAsync(quarantined + 1000, CancellationToken.None));
    }

    protected async Task Record_SameQuarantinedKeyTwice_KeepsItOnce()
    {
        var (log, _) = await CreateAsync();

        var first = await log.RecordAsync(Record(DeliveryKind.Quarantined, "{}"u8.ToArray(), key: "same"), CancellationToken.None);
        var second = await log.RecordAsync(Record(DeliveryKind.Quarantined, "{}"u8.ToArray(), key: "same"), CancellationToken.None);
        var rejectedSameKey = await log.RecordAsync(Record(DeliveryKind.Rejected, "{}"u8.ToArray(), key: "same"), CancellationToken.None);

        Assert.Equal(first, second);
        Assert.NotEqual(first, rejectedSameKey);
        Assert.Equal(2, (await log.ListAsync(null, 0, 10, CancellationToken.None)).Count);
    }

    protected async Task EraseByEmail_RecordsNamingTheEmail_AreDeletedOthersKept()
    {
        var (log, _) = await CreateAsync();
        var named = Encoding.UTF8.GetBytes("""{"email":"Erase.Me@Example.com"}""");
        var doomed = await log.RecordAsync(Record(DeliveryKind.Rejected, named, null), CancellationToken.None);
        var kept = await log.RecordAsync(Record(DeliveryKind.Rejected, """{"email":"keep@example.com"}"""u8.ToArray(), null), CancellationToken.None);

        var erased = await log.EraseByEmailAsync("erase.me@example.com", CancellationToken.None);

        Assert.Equal(1, erased);
        Assert.Null(await log.GetAsync(doomed, CancellationToken.None));
        Assert.NotNull(await log.GetAsync(kept, CancellationToken.None));
    }

    protected async Task Audit_RepeatedRequestId_IsKeptOnceNewestFirst()
    {
        var (_, audit) = await CreateAsync();

        Assert.True(await audit.RecordAsync(new ErasureAudit("r1", "h1", ["1", "2"], "dpo", null, 0, At), CancellationToken.None));
        Assert.False(await audit.RecordAsync(new ErasureAudit("r1", "h1", ["1"], "dpo", null, 0, At), CancellationToken.None));
        Assert.True(await audit.RecordAsync(new ErasureAudit("r2", "h2", ["1"], "dpo", "ticket", 3, At.AddMinutes(1)), CancellationToken.None));

        var list = await audit.ListAsync(10, CancellationToken.None);
        Assert.Equal(["r2", "r1"], list.Select(a => a.RequestId));
        Assert.Equal(["1", "2"], list[1].PortalIds);
        Assert.Equal(("ticket", 3, At.AddMinutes(1)), (list[0].Reason, list[0].DeliveriesErased, list[0].RequestedAt));
    }

    private static NewDeliveryRecord Record(DeliveryKind kind, byte[] body, string? key) =>
        new(
            kind, "shopify", "store-1", "orders/create", kind == DeliveryKind.Rejected ? 401 : 202, "bad",
            new Dictionary<string, string> { ["X-Shopify-Topic"] = "orders/create" }, body, BodyTruncated: true, key,
            EmailExtractor.Extract(body), At);
}

using System.Diagnostics;
using System.Globalization;
using OrleansSync.Workload.Sending;

namespace OrleansSync.Workload.Verification;

/// <summary>
/// Reads a HubSpot sandbox portal back through the sandbox's inspection API — never the sync's own state — and checks it
/// against the store history: lost and duplicated records, revenue per day and currency, calls, 429s, and per order the
/// time from sending its last delivery to the last write of its deal.
/// </summary>
public sealed class HubSpotVerifier(HttpClient http, Uri sandbox)
{
    /// <summary>The deal property holding <c>{storeId}/{orderId}</c>.</summary>
    public const string OrderKeyProperty = "ecom_order_key";

    /// <summary>The line-item property holding <c>{storeId}/{orderId}/{lineId}</c>.</summary>
    public const string LineKeyProperty = "ecom_line_key";

    public async Task<VerificationReport> VerifyAsync(StoreWorkload workload, long portalId, SendReport? sent, CancellationToken cancellationToken)
    {
        var inspection = new SandboxInspection(http, sandbox, portalId);
        var deals = await inspection.ObjectsAsync("deals", cancellationToken);
        var contacts = await inspection.ObjectsAsync("contacts", cancellationToken);
        var lineItems = await inspection.ObjectsAsync("line_items", cancellationToken);
        var calls = await inspection.CallsAsync(cancellationToken);
        return Compare(workload, deals, contacts, lineItems, calls, sent);
    }

    /// <summary>
    /// Verifies every <paramref name="poll"/> until nothing is lost and HubSpot has had no call for two polls (quiescent),
    /// or nothing has changed for <paramref name="stall"/>, or <paramref name="timeout"/> has passed; returns the last report.
    /// </summary>
    public async Task<VerificationReport> WaitUntilQuiescentAsync(StoreWorkload workload, long portalId, SendReport? sent, TimeSpan poll, TimeSpan stall, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var lastChange = clock.Elapsed;
        (int Calls, int Found, int Lost) last = (-1, -1, -1);
        var quietPolls = 0;
        while (true)
        {
            var report = await VerifyAsync(workload, portalId, sent, cancellationToken);
            var now = (report.Calls.Calls + report.Calls.SchemaCalls, report.RecordsFound, report.Lost);
            quietPolls = now == last ? quietPolls + 1 : 0;
            if (now != last)
            {
                lastChange = clock.Elapsed;
                last = now;
            }

            if ((report.Lost == 0 && quietPolls >= 2) || clock.Elapsed - lastChange > stall || clock.Elapsed > timeout)
            {
                return report;
            }

            await Task.Delay(poll, cancellationToken);
        }
    }

    private static VerificationReport Compare(StoreWorkload workload, List<SandboxRecordWire> deals, List<SandboxRecordWire> contacts,
        List<SandboxRecordWire> lineItems, List<SandboxCallWire> calls, SendReport? sent)
    {
        var dealsByOrder = deals.Where(d => d.Properties.ContainsKey(OrderKeyProperty)).ToLookup(d => d.Properties[OrderKeyProperty], StringComparer.Ordinal);
        var contactsByEmail = contacts.Where(c => c.Properties.ContainsKey("email")).ToLookup(c => c.Properties["email"].Trim().ToLowerInvariant(), StringComparer.Ordinal);
        var linesByKey = lineItems.Where(l => l.Properties.ContainsKey(LineKeyProperty)).ToLookup(l => l.Properties[LineKeyProperty], StringComparer.Ordinal);

        var expectedEmails = workload.Orders.Select(o => o.Customer.Email)
            .Concat(workload.Carts.Select(c => c.Email))
            .Concat(workload.Customers.Where(c => c.IsRegistered).Select(c => c.Email))
            .Select(e => e.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        var expectedLines = workload.Orders.SelectMany(o => o.Lines.Select(o.LineKey)).ToList();
        var missingDeals = workload.Orders.Where(o => !dealsByOrder.Contains(o.OrderKey)).Select(o => o.OrderKey).ToList();
        var wrongAmounts = workload.Orders
            .Where(o => dealsByOrder.Contains(o.OrderKey) && dealsByOrder[o.OrderKey].All(d => Amount(d) != o.FinalAmount))
            .Select(o => $"{o.OrderKey}: {string.Join("/", dealsByOrder[o.OrderKey].Select(d => d.Properties.GetValueOrDefault("amount")))} instead of {o.FinalAmount.ToString(CultureInfo.InvariantCulture)}")
            .ToList();

        var orderKeys = workload.Orders.Select(o => o.OrderKey).ToHashSet(StringComparer.Ordinal);
        var hubSpotRevenue = dealsByOrder.Where(g => orderKeys.Contains(g.Key)).SelectMany(g => g)
            .GroupBy(d => (Day: CloseDay(d), Currency: d.Properties.GetValueOrDefault("deal_currency_code") ?? "?"))
            .ToDictionary(g => g.Key, g => g.Sum(Amount));
        var storeRevenue = workload.Orders.GroupBy(o => (Day: DateOnly.FromDateTime(o.PlacedAt.UtcDateTime), o.Currency))
            .ToDictionary(g => g.Key, g => g.Sum(o => o.FinalAmount));
        var revenue = storeRevenue.Keys.Union(hubSpotRevenue.Keys).Order()
            .Select(k => new RevenueCell(k.Day, k.Currency, storeRevenue.GetValueOrDefault(k), hubSpotRevenue.GetValueOrDefault(k)))
            .ToList();

        return new VerificationReport(
            workload.Orders.Count,
            expectedEmails.Count,
            expectedLines.Count,
            missingDeals,
            [.. expectedEmails.Where(e => !contactsByEmail.Contains(e)).Order(StringComparer.Ordinal)],
            [.. expectedLines.Where(k => !linesByKey.Contains(k))],
            wrongAmounts,
            dealsByOrder.Sum(g => g.Count() - 1),
            contactsByEmail.Sum(g => g.Count() - 1),
            linesByKey.Sum(g => g.Count() - 1),
            revenue,
            CallStats(calls),
            Latencies(workload, dealsByOrder, sent));
    }

    /// <summary>
    /// From the first send of each order's last delivery (in stream order) to the last write of its deal, for deals that
    /// hold the final amount. An upper bound: a later write that changed nothing still moves the deal's update time.
    /// </summary>
    private static Dictionary<string, double> Latencies(StoreWorkload workload, ILookup<string, SandboxRecordWire> dealsByOrder, SendReport? sent)
    {
        var latencies = new Dictionary<string, double>(StringComparer.Ordinal);
        if (sent is null)
        {
            return latencies;
        }

        var sentAt = sent.Events.ToDictionary(e => e.Sequence, e => e.FirstSentAt);
        var lastDelivery = workload.Events.Where(e => e.OrderKey is not null && !e.IsDuplicate && sentAt.ContainsKey(e.Sequence))
            .GroupBy(e => e.OrderKey!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Max(e => sentAt[e.Sequence]), StringComparer.Ordinal);
        foreach (var order in workload.Orders)
        {
            if (lastDelivery.TryGetValue(order.OrderKey, out var at) && dealsByOrder[order.OrderKey].FirstOrDefault(d => Amount(d) == order.FinalAmount) is { } deal)
            {
                latencies[order.OrderKey] = Math.Max(0, (deal.UpdatedAt - at).TotalMilliseconds);
            }
        }

        return latencies;
    }

    private static HubSpotCallStats CallStats(List<SandboxCallWire> calls)
    {
        var work = calls.Where(c => !HubSpotCallKinds.IsSchema(c.Path)).ToList();
        var windowed = work.Where(c => HubSpotCallKinds.IsWindowed(c.Path) && c.Status != 429).ToList();
        return new HubSpotCallStats(
            work.Count,
            calls.Count - work.Count,
            calls.Count(c => c.Status == 429),
            work.Where(c => c.Status is >= 200 and < 300).Sum(c => (long)c.Inputs),
            windowed.Count,
            windowed.Where(c => c.Status is >= 200 and < 300).Sum(c => (long)c.Inputs),
            work.Count > 0 ? work.Min(c => c.At) : null,
            work.Count > 0 ? work.Max(c => c.At) : null);
    }

    private static decimal Amount(SandboxRecordWire deal) =>
        decimal.TryParse(deal.Properties.GetValueOrDefault("amount"), NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) ? amount : 0m;

    /// <summary>The close date's UTC day; HubSpot stores datetimes as epoch milliseconds (ISO 8601 is read too).</summary>
    private static DateOnly CloseDay(SandboxRecordWire deal)
    {
        var value = deal.Properties.GetValueOrDefault("closedate");
        if (long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var ms))
        {
            return DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeMilliseconds(ms).UtcDateTime);
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? DateOnly.FromDateTime(at.UtcDateTime)
            : DateOnly.MinValue;
    }
}

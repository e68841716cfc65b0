using System.Security.Cryptography;
using System.Text;
using OrleansSync.Contracts.Operations;
using OrleansSync.Contracts.Portals;
using OrleansSync.Contracts.Routing;
using OrleansSync.HubSpot.Client.Reads;

namespace OrleansSync.Grains.Operations;

/// <summary>The data-quality KPIs and their bars (shared/seeds), from what the data-quality grain read. Pure.</summary>
public static class KpiCalculator
{
    /// <summary>Seeds: match rate above 95 %; the seeds give no number for deals with contact / line items, so they are held to the same 95 %.</summary>
    public const decimal MatchBar = 95m;

    public const decimal DuplicateBar = 2m;

    public const decimal FailedOperationsBar = 0.25m;

    public static KpiReading MatchRate(IReadOnlyList<OrderPaidRecorded> orders, IReadOnlyList<CrmObject> contacts)
    {
        var known = contacts.Select(c => EmailNormalizer.Normalize(c.Properties.GetValueOrDefault("email"))).OfType<string>()
            .Select(e => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(e)))).ToHashSet(StringComparer.Ordinal);
        var withEmail = orders.Where(o => o.EmailSha256 is not null).ToList();
        return AtLeast(KpiNames.MatchRate, "Order emails that match a HubSpot contact", withEmail.Count(o => known.Contains(o.EmailSha256!)), withEmail.Count, MatchBar,
            $"{withEmail.Count} paid orders with an email in the last 7 days, against {contacts.Count} HubSpot contacts");
    }

    public static KpiReading DuplicateRate(IReadOnlyList<CrmObject> contacts)
    {
        var keys = contacts.Select(c => (c.Id, Keys: Keys(c))).ToList();
        var counts = keys.SelectMany(k => k.Keys).GroupBy(k => k, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var duplicated = keys.Count(k => k.Keys.Any(key => counts[key] > 1));
        return Below(KpiNames.DuplicateRate, "HubSpot contacts sharing a normalised email or phone", duplicated, contacts.Count, DuplicateBar,
            $"{duplicated} of {contacts.Count} HubSpot contacts share an email or phone with another");
    }

    public static KpiReading DealsWith(string name, string label, int with, int deals) =>
        AtLeast(name, label, with, deals, MatchBar, $"{with} of {deals} ecommerce deals in HubSpot");

    public static KpiReading WithinLatency(IReadOnlyList<LatencyByKind> latency)
    {
        var samples = latency.Sum(l => l.Samples);
        return AtLeast(KpiNames.WithinLatencyTarget, "Events in HubSpot within their latency target", latency.Sum(l => l.WithinTarget), samples, LatencyTargets.WithinTargetBarPercent,
            $"{samples} events measured by the portal's grain (5 min for marketing triggers, 15 min for cart and order events)");
    }

    public static KpiReading FailedOperations(long sentToday, long deadLetteredToday) =>
        Below(KpiNames.FailedOperations, "HubSpot writes that failed today (daily error budget)", deadLetteredToday, sentToday + deadLetteredToday, FailedOperationsBar,
            $"{deadLetteredToday} of {sentToday + deadLetteredToday} HubSpot records dead-lettered today");

    /// <summary>A contact's identity keys: its normalised email, and its phone numbers as digits (7 or more).</summary>
    private static IEnumerable<string> Keys(CrmObject contact)
    {
        if (EmailNormalizer.Normalize(contact.Properties.GetValueOrDefault("email")) is { } email)
        {
            yield return "email:" + email;
        }

        foreach (var phone in new[] { "phone", "mobilephone" }.Select(p => contact.Properties.GetValueOrDefault(p)).OfType<string>()
                     .Select(p => new string([.. p.Where(char.IsAsciiDigit)])).Where(p => p.Length >= 7).Distinct())
        {
            yield return "phone:" + phone;
        }
    }

    private static KpiReading AtLeast(string name, string label, long good, long all, decimal bar, string detail)
    {
        decimal? percent = all == 0 ? null : Math.Round(good * 100m / all, 2);
        return new KpiReading(name, label, percent, bar, HigherIsBetter: true, percent is { } p && p < bar, all, detail);
    }

    private static KpiReading Below(string name, string label, long bad, long all, decimal bar, string detail)
    {
        decimal? percent = all == 0 ? null : Math.Round(bad * 100m / all, 2);
        return new KpiReading(name, label, percent, bar, HigherIsBetter: false, percent is { } p && p >= bar, all, detail);
    }
}

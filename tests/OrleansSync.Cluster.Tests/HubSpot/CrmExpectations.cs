using System.Globalization;
using OrleansSync.Cluster.Tests.Workload;
using OrleansSync.Grains.Tests.Fixtures;
using OrleansSync.HubSpot;
using OrleansSync.HubSpot.Sandbox.Inspection;

namespace OrleansSync.Cluster.Tests.HubSpot;

/// <summary>
/// What the portal must hold after the workload, derived from the workload alone: one contact per customer whose order
/// count and lifetime value count each order once, one deal per order with its total, one line item per order line,
/// each deal associated with its contact and exactly its line items, and nothing else; so nothing acknowledged is lost
/// and nothing is doubled. And the deals' revenue per day and currency is the store's.
/// </summary>
/// <remarks>
/// The orders in <c>refused</c> are those HubSpot refuses a record of: their deals and line items may be missing or
/// partial (the sync must dead-letter them, which the test checks itself), and they count for neither side's revenue.
/// Their customers still count them, as the store does.
/// </remarks>
public static class CrmExpectations
{
    /// <summary>Every way the portal differs from the workload (empty when it matches), at most <paramref name="limit"/>.</summary>
    public static IReadOnlyList<string> Problems(HubSpotView view, ShopifyWorkload workload, int limit = 10, IReadOnlySet<long>? refused = null)
    {
        refused ??= new HashSet<long>();
        var problems = new List<string>();
        void Problem(string text)
        {
            if (problems.Count < limit)
            {
                problems.Add(text);
            }
        }

        // Each read of the view copies the portal's records: read each kind once.
        var lineItemRecords = view.LineItems;
        var contacts = ByKey(view.Contacts, "email", "contact", Problem);
        var deals = ByKey(view.Deals, "ecom_order_key", "deal", Problem);
        var lineItems = ByKey(lineItemRecords, "ecom_line_key", "line item", Problem);
        var lineKeys = lineItemRecords.ToDictionary(l => l.Id, l => l.Properties.GetValueOrDefault("ecom_line_key") ?? l.Id, StringComparer.Ordinal);
        var associations = view.Associations.ToLookup(a => (a.FromObjectType, a.FromId, a.ToObjectType));

        var ordersByCustomer = workload.Orders.ToLookup(o => o.Customer.Email);
        foreach (var customer in workload.Customers)
        {
            if (!contacts.TryGetValue(customer.Email, out var contact))
            {
                Problem($"no contact {customer.Email}");
                continue;
            }

            var orders = ordersByCustomer[customer.Email].ToList();
            Expect(contact, "ecom_order_count", orders.Count.ToString(CultureInfo.InvariantCulture), Problem);
            ExpectAmount(contact, "ecom_lifetime_value", orders.Sum(o => o.Total), Problem);
            if (orders.Count > 0)
            {
                Expect(contact, "ecom_ltv_currency", customer.Currency, Problem);
            }

            Expect(contact, "firstname", customer.FirstName, Problem);
        }

        var synced = workload.Orders.Where(o => !refused.Contains(o.Id)).ToList();
        foreach (var order in synced)
        {
            var orderKey = $"{Grid.ShopifyStore.Id}/{order.Id}";
            if (!deals.TryGetValue(orderKey, out var deal))
            {
                Problem($"no deal {orderKey}");
                continue;
            }

            ExpectAmount(deal, "amount", order.Total, Problem);
            var toContacts = associations[(HubSpotObjectTypes.Deals, deal.Id, HubSpotObjectTypes.Contacts)].Select(a => a.ToId).Distinct().ToList();
            if (!contacts.TryGetValue(order.Customer.Email, out var owner) || toContacts.Count != 1 || toContacts[0] != owner.Id)
            {
                Problem($"deal {orderKey} is associated with contacts [{string.Join(", ", toContacts)}], expected only {order.Customer.Email}");
            }

            var expectedLines = order.Lines.Select(l => $"{orderKey}/{l.Id}").Order(StringComparer.Ordinal).ToList();
            var toLines = associations[(HubSpotObjectTypes.Deals, deal.Id, HubSpotObjectTypes.LineItems)]
                .Select(a => lineKeys.GetValueOrDefault(a.ToId, a.ToId)).Distinct().Order(StringComparer.Ordinal).ToList();
            if (!toLines.SequenceEqual(expectedLines))
            {
                Problem($"deal {orderKey} is associated with line items [{string.Join(", ", toLines)}], expected [{string.Join(", ", expectedLines)}]");
            }

            foreach (var line in order.Lines)
            {
                if (!lineItems.TryGetValue($"{orderKey}/{line.Id}", out var item))
                {
                    Problem($"no line item {orderKey}/{line.Id}");
                    continue;
                }

                ExpectAmount(item, "quantity", line.Quantity, Problem);
                ExpectAmount(item, "price", line.Price, Problem);
            }
        }

        Extra(contacts.Keys, workload.Customers.Select(c => c.Email), "contact", Problem);
        Extra(deals.Keys, workload.Orders.Select(o => $"{Grid.ShopifyStore.Id}/{o.Id}"), "deal", Problem);
        Extra(lineItems.Keys, workload.Orders.SelectMany(o => o.Lines.Select(l => $"{Grid.ShopifyStore.Id}/{o.Id}/{l.Id}")), "line item", Problem);

        var refusedKeys = refused.Select(id => $"{Grid.ShopifyStore.Id}/{id}").ToHashSet(StringComparer.Ordinal);
        var syncedDeals = deals.Where(d => !refusedKeys.Contains(d.Key)).Select(d => d.Value);
        foreach (var difference in DailyRevenue.OfDeals(syncedDeals, Problem).DifferencesFrom(DailyRevenue.OfStore(synced)))
        {
            Problem(difference);
        }

        return problems;
    }

    private static Dictionary<string, SandboxRecord> ByKey(IReadOnlyList<SandboxRecord> records, string key, string what, Action<string> problem)
    {
        var byKey = new Dictionary<string, SandboxRecord>(StringComparer.Ordinal);
        foreach (var group in records.GroupBy(r => r.Properties.GetValueOrDefault(key) ?? $"(no {key}, id {r.Id})"))
        {
            if (group.Count() > 1)
            {
                problem($"{group.Count()} {what} records for {group.Key} (ids {string.Join(", ", group.Select(r => r.Id))})");
            }

            byKey[group.Key] = group.First();
        }

        return byKey;
    }

    private static void Extra(IEnumerable<string> found, IEnumerable<string> expected, string what, Action<string> problem)
    {
        foreach (var key in found.Except(expected, StringComparer.Ordinal))
        {
            problem($"unexpected {what} {key}");
        }
    }

    private static void Expect(SandboxRecord record, string property, string expected, Action<string> problem)
    {
        var actual = record.Properties.GetValueOrDefault(property);
        if (actual != expected)
        {
            problem($"{record.ObjectType} {record.Id}: {property}={actual ?? "(none)"}, expected {expected}");
        }
    }

    private static void ExpectAmount(SandboxRecord record, string property, decimal expected, Action<string> problem)
    {
        var actual = record.Properties.GetValueOrDefault(property);
        if (!decimal.TryParse(actual, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) || value != expected)
        {
            problem($"{record.ObjectType} {record.Id}: {property}={actual ?? "(none)"}, expected {expected.ToString(CultureInfo.InvariantCulture)}");
        }
    }
}

using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using OrleansSync.Workload;
using OrleansSync.Workload.Deliveries;
using OrleansSync.Workload.Orders;
using OrleansSync.Workload.Verification;

namespace OrleansSync.Bench.Workload;

/// <summary>
/// The baseline: the per-event pattern of iPaaS flows and simple plugins. For each delivery, in order, one HubSpot call per
/// step — look the contact up by email, create or update it; for an order create the deal, each line item, each
/// association; for a refund find the deal and update its amount — no batching, no coalescing, no deduplication (a
/// redelivered order creates its deal again), waiting out each 429 for its <c>Retry-After</c>.
/// </summary>
internal sealed class PerEventFlow(HttpClient hubSpot, StoreWorkload workload)
{
    public int Calls { get; private set; }

    public int Http429 { get; private set; }

    /// <summary>Objects created or updated and associations made: one per call that wrote one.</summary>
    public int RecordsWritten { get; private set; }

    /// <summary>Creates the two key properties the flow writes (set-up, not counted), as a plugin's installer would.</summary>
    public async Task SetUpAsync(CancellationToken cancellationToken)
    {
        await SendAsync(HttpMethod.Post, "crm/v3/properties/deals", Property(HubSpotVerifier.OrderKeyProperty, "dealinformation"), cancellationToken);
        await SendAsync(HttpMethod.Post, "crm/v3/properties/line_items", Property(HubSpotVerifier.LineKeyProperty, "line_iteminformation"), cancellationToken);
        Calls = 0;
        Http429 = 0;
        RecordsWritten = 0;
    }

    public async Task RunAsync(IReadOnlyList<StoreEvent> events, CancellationToken cancellationToken)
    {
        foreach (var storeEvent in events)
        {
            switch (storeEvent.Kind)
            {
                case EventKind.CustomerRegistered when workload.CustomerOf(storeEvent) is { } customer:
                    await UpsertContactAsync(customer.Email, customer.FirstName, customer.LastName, cancellationToken);
                    break;
                case EventKind.CartStarted or EventKind.CartUpdated when workload.CartOf(storeEvent) is { } cart:
                    await UpsertContactAsync(cart.Email, null, null, cancellationToken);
                    break;
                case EventKind.OrderPlaced when workload.OrderOf(storeEvent) is { } order:
                    var contact = await UpsertContactAsync(order.Customer.Email, order.Customer.FirstName, order.Customer.LastName, cancellationToken);
                    await CreateDealAsync(order, contact, order.Total, cancellationToken);
                    break;
                case EventKind.OrderRefunded when workload.OrderOf(storeEvent) is { } refunded:
                    var buyer = await UpsertContactAsync(refunded.Customer.Email, refunded.Customer.FirstName, refunded.Customer.LastName, cancellationToken);
                    if (await FindDealAsync(refunded.OrderKey, cancellationToken) is { } dealId)
                    {
                        await SendAsync(HttpMethod.Patch, $"crm/v3/objects/deals/{dealId}", Properties(("amount", Money(refunded.FinalAmount))), cancellationToken);
                    }
                    else
                    {
                        await CreateDealAsync(refunded, buyer, refunded.FinalAmount, cancellationToken);
                    }

                    break;
            }
        }
    }

    private async Task<string> UpsertContactAsync(string email, string? firstName, string? lastName, CancellationToken cancellationToken)
    {
        var (status, found) = await SendAsync(HttpMethod.Get, $"crm/v3/objects/contacts/{Uri.EscapeDataString(email)}?idProperty=email", null, cancellationToken);
        var properties = Properties(("email", email), ("firstname", firstName), ("lastname", lastName));
        if (status == HttpStatusCode.OK && found?["id"]?.GetValue<string>() is { } id)
        {
            await SendAsync(HttpMethod.Patch, $"crm/v3/objects/contacts/{id}", properties, cancellationToken);
            return id;
        }

        var (_, created) = await SendAsync(HttpMethod.Post, "crm/v3/objects/contacts", properties, cancellationToken);
        return created?["id"]?.GetValue<string>() ?? throw new InvalidOperationException($"Contact {email} was not created.");
    }

    private async Task CreateDealAsync(WorkloadOrder order, string contactId, decimal amount, CancellationToken cancellationToken)
    {
        var (_, deal) = await SendAsync(HttpMethod.Post, "crm/v3/objects/deals", Properties(
            ("dealname", $"{order.Store.Id} order {order.Number}"),
            ("amount", Money(amount)),
            ("deal_currency_code", order.Currency),
            ("closedate", order.PlacedAt.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)),
            (HubSpotVerifier.OrderKeyProperty, order.OrderKey)), cancellationToken);
        var dealId = deal?["id"]?.GetValue<string>() ?? throw new InvalidOperationException($"Deal {order.OrderKey} was not created.");
        foreach (var line in order.Lines)
        {
            var (_, item) = await SendAsync(HttpMethod.Post, "crm/v3/objects/line_items", Properties(
                ("name", line.Name),
                ("quantity", line.Quantity.ToString(CultureInfo.InvariantCulture)),
                ("price", Money(line.UnitPrice)),
                ("hs_sku", line.Sku),
                ("hs_line_item_currency_code", order.Currency),
                (HubSpotVerifier.LineKeyProperty, order.LineKey(line))), cancellationToken);
            var itemId = item?["id"]?.GetValue<string>() ?? throw new InvalidOperationException($"Line item {order.LineKey(line)} was not created.");
            await SendAsync(HttpMethod.Put, $"crm/v4/objects/deals/{dealId}/associations/default/line_items/{itemId}", null, cancellationToken);
        }

        await SendAsync(HttpMethod.Put, $"crm/v4/objects/deals/{dealId}/associations/default/contacts/{contactId}", null, cancellationToken);
    }

    private async Task<string?> FindDealAsync(string orderKey, CancellationToken cancellationToken)
    {
        var search = new JsonObject
        {
            ["filterGroups"] = new JsonArray(new JsonObject
            {
                ["filters"] = new JsonArray(new JsonObject { ["propertyName"] = HubSpotVerifier.OrderKeyProperty, ["operator"] = "EQ", ["value"] = orderKey }),
            }),
            ["limit"] = 1,
        };
        var (_, found) = await SendAsync(HttpMethod.Post, "crm/v3/objects/deals/search", search, cancellationToken);
        return found?["results"]?.AsArray().FirstOrDefault()?["id"]?.GetValue<string>();
    }

    /// <summary>One HubSpot call; a 429 or 5xx is waited out (<c>Retry-After</c>, else 1 s) and the same call sent again.</summary>
    private async Task<(HttpStatusCode Status, JsonNode? Body)> SendAsync(HttpMethod method, string path, JsonNode? body, CancellationToken cancellationToken)
    {
        while (true)
        {
            using var request = new HttpRequestMessage(method, path);
            if (body is not null)
            {
                request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
            }

            Calls++;
            using var response = await hubSpot.SendAsync(request, cancellationToken);
            if (response.StatusCode == HttpStatusCode.TooManyRequests || (int)response.StatusCode >= 500)
            {
                Http429 += response.StatusCode == HttpStatusCode.TooManyRequests ? 1 : 0;
                await Task.Delay(response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1), cancellationToken);
                continue;
            }

            var writesObject = (method == HttpMethod.Post || method == HttpMethod.Patch) && path.StartsWith("crm/v3/objects/", StringComparison.Ordinal) && !path.EndsWith("/search", StringComparison.Ordinal);
            if (response.IsSuccessStatusCode && (writesObject || method == HttpMethod.Put))
            {
                RecordsWritten++;
            }

            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            return (response.StatusCode, text.Length > 0 && text[0] == '{' ? JsonNode.Parse(text) : null);
        }
    }

    private static JsonObject Properties(params (string Name, string? Value)[] values)
    {
        var properties = new JsonObject();
        foreach (var (name, value) in values.Where(v => v.Value is not null))
        {
            properties[name] = value;
        }

        return new JsonObject { ["properties"] = properties };
    }

    private static JsonObject Property(string name, string group) => new()
    {
        ["name"] = name, ["label"] = name, ["type"] = "string", ["fieldType"] = "text", ["groupName"] = group,
    };

    private static string Money(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);
}

using System.Text.Json.Nodes;
using OrleansSync.Contracts.Context;
using OrleansSync.Stores.WriteBack;

namespace OrleansSync.Stores.Magento;

/// <summary>
/// <c>PUT /rest/V1/customers/{id}</c> through the connector's <see cref="MagentoClient"/> (integration token as Bearer).
/// Magento saves the customer it is sent as a whole (its required fields and its addresses included), so the customer is
/// read first (<c>GET /rest/V1/customers/{id}</c>), changed and sent back whole: email and names on the customer, phone and address on
/// its default billing address (added when it has none).
/// </summary>
public sealed class MagentoCustomerWriter(MagentoClient client) : IStoreCustomerWriter
{
    public StorePlatform Platform => StorePlatform.Magento;

    public async Task<StoreWriteResult> WriteAsync(StoreOptions store, StoreCustomerChange change, CancellationToken cancellationToken)
    {
        if (store.Api is not { BaseUrl: not null })
        {
            return StoreWriteResult.Refused($"Store '{store.Id}' has no Api:BaseUrl to write to.");
        }

        var path = $"customers/{Uri.EscapeDataString(change.PlatformCustomerId)}";
        using var read = await client.WriteAsync(store, HttpMethod.Get, path, null, cancellationToken);
        if (read.Refusal is { } readRefusal)
        {
            return StoreWriteResult.Refused(readRefusal);
        }

        if (read.Body is null || JsonNode.Parse(read.Body.RootElement.GetRawText()) is not JsonObject customer)
        {
            return StoreWriteResult.Refused($"Magento store '{store.Id}' answered no customer {change.PlatformCustomerId}.");
        }

        Apply(customer, change);
        using var written = await client.WriteAsync(store, HttpMethod.Put, path, new JsonObject { ["customer"] = customer }, cancellationToken);
        return written.Refusal is { } refusal
            ? StoreWriteResult.Refused(refusal)
            : new StoreWriteResult(written.Body is null ? null : MagentoOrders.Time(written.Root, "updated_at"), null);
    }

    private static void Apply(JsonObject customer, StoreCustomerChange change)
    {
        customer.Set("email", change.Email);
        customer.Set("firstname", change.FirstName);
        customer.Set("lastname", change.LastName);
        if (!change.ChangesAddress() && change.Phone is null)
        {
            return;
        }

        if (customer["addresses"] is not JsonArray addresses)
        {
            customer["addresses"] = addresses = [];
        }

        var billing = addresses.OfType<JsonObject>().FirstOrDefault(a => a["default_billing"]?.GetValueKind() == System.Text.Json.JsonValueKind.True)
            ?? addresses.OfType<JsonObject>().FirstOrDefault();
        if (billing is null)
        {
            billing = new JsonObject
            {
                ["firstname"] = customer["firstname"]?.DeepClone(),
                ["lastname"] = customer["lastname"]?.DeepClone(),
                ["default_billing"] = true,
            };
            addresses.Add(billing);
        }

        billing.Set("telephone", change.Phone);
        if (change.Address1 is not null)
        {
            var street = billing["street"] as JsonArray ?? [];
            billing["street"] = new JsonArray([change.Address1, .. street.Skip(1).Select(line => line?.DeepClone())]);
        }

        billing.Set("city", change.City);
        billing.Set("postcode", change.PostalCode);
        billing.Set("country_id", change.CountryCode);
        if (change.Region is not null)
        {
            // The region id would win over the code; HubSpot knows only the code, so Magento resolves the id again.
            billing.Remove("region_id");
            billing["region"] = new JsonObject { ["region_code"] = change.Region, ["region"] = change.Region };
        }
    }
}

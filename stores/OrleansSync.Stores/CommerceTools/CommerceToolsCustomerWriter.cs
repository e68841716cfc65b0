using System.Text.Json;
using System.Text.Json.Nodes;
using OrleansSync.Contracts.Context;
using OrleansSync.Stores.Connectors;
using OrleansSync.Stores.Json;
using OrleansSync.Stores.WriteBack;

namespace OrleansSync.Stores.CommerceTools;

/// <summary>
/// <c>POST /{projectKey}/customers/{id}</c> with <c>{version, actions}</c> through the connector's
/// <see cref="CommerceToolsClient"/> (client-credentials bearer): <c>changeEmail</c>, <c>setFirstName</c>,
/// <c>setLastName</c>, and phone and address on the default billing address (<c>changeAddress</c>, or <c>addAddress</c> +
/// <c>setDefaultBillingAddress</c> when there is none). The version comes from a read just before; a 409
/// (ConcurrentModification) re-reads it and tries once more.
/// </summary>
public sealed class CommerceToolsCustomerWriter(CommerceToolsClient client) : IStoreCustomerWriter
{
    private const string NewBillingAddressKey = "orleanssync-billing";

    public StorePlatform Platform => StorePlatform.Commercetools;

    public async Task<StoreWriteResult> WriteAsync(StoreOptions store, StoreCustomerChange change, CancellationToken cancellationToken)
    {
        if (store.Api is not { BaseUrl: not null, TokenUrl: not null })
        {
            return StoreWriteResult.Refused($"Store '{store.Id}' has no Api:BaseUrl and Api:TokenUrl to write to.");
        }

        try
        {
            for (var attempt = 1; ; attempt++)
            {
                var path = $"customers/{Uri.EscapeDataString(change.PlatformCustomerId)}";
                using var read = await client.WriteAsync(store, HttpMethod.Get, path, null, cancellationToken);
                if (read.Refusal is { } readRefusal)
                {
                    return StoreWriteResult.Refused(readRefusal);
                }

                var actions = Actions(read.Root, change);
                if (actions.Count == 0)
                {
                    return new StoreWriteResult(read.Root.Time("lastModifiedAt"), null);
                }

                var update = new JsonObject { ["version"] = read.Root.GetProperty("version").GetInt64(), ["actions"] = actions };
                using var written = await client.WriteAsync(store, HttpMethod.Post, path, update, cancellationToken);
                if (written.Status == 409)
                {
                    if (attempt == 1)
                    {
                        continue;
                    }

                    // Still racing another writer: a retry later will read the version that won.
                    throw new StoreApiException($"commercetools store '{store.Id}' kept answering 409 ConcurrentModification to a customer write.", 409, false);
                }

                return written.Refusal is { } refusal ? StoreWriteResult.Refused(refusal) : new StoreWriteResult(written.Root.Time("lastModifiedAt"), null);
            }
        }
        catch (StoreApiException error) when (error.IsAuthFailure)
        {
            return StoreWriteResult.Refused($"commercetools store '{store.Id}' issued no token for the customer write: {error.Message}");
        }
    }

    private static JsonArray Actions(JsonElement customer, StoreCustomerChange change)
    {
        var actions = new JsonArray();
        if (!string.IsNullOrEmpty(change.Email) && change.Email != customer.Str("email"))
        {
            actions.Add(new JsonObject { ["action"] = "changeEmail", ["email"] = change.Email });
        }

        if (change.FirstName is not null && change.FirstName != customer.Str("firstName"))
        {
            actions.Add(new JsonObject { ["action"] = "setFirstName", ["firstName"] = change.FirstName });
        }

        if (change.LastName is not null && change.LastName != customer.Str("lastName"))
        {
            actions.Add(new JsonObject { ["action"] = "setLastName", ["lastName"] = change.LastName });
        }

        if (change.ChangesAddress() || change.Phone is not null)
        {
            AddressActions(customer, change, actions);
        }

        return actions;
    }

    private static void AddressActions(JsonElement customer, StoreCustomerChange change, JsonArray actions)
    {
        var addresses = customer.Arr("addresses").ToList();
        var billingId = customer.Id("defaultBillingAddressId");
        var billing = addresses.Where(a => billingId is not null && a.Id("id") == billingId).Concat(addresses).Select(a => (JsonElement?)a).FirstOrDefault();
        var address = billing is { } existing ? JsonNode.Parse(existing.GetRawText())!.AsObject() : new JsonObject { ["key"] = NewBillingAddressKey };
        var addressId = address["id"]?.GetValue<string>();
        address.Remove("id");
        address.Set("phone", change.Phone);
        if (change.Address1 is not null)
        {
            // The mapping reads "streetNumber streetName"; HubSpot has one street line.
            address.Remove("streetNumber");
            address["streetName"] = change.Address1;
        }

        address.Set("city", change.City);
        address.Set("state", change.Region);
        address.Set("postalCode", change.PostalCode);
        address.Set("country", change.CountryCode);
        if (addressId is not null)
        {
            actions.Add(new JsonObject { ["action"] = "changeAddress", ["addressId"] = addressId, ["address"] = address });
            return;
        }

        actions.Add(new JsonObject { ["action"] = "addAddress", ["address"] = address });
        actions.Add(new JsonObject { ["action"] = "setDefaultBillingAddress", ["addressKey"] = NewBillingAddressKey });
    }
}

using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using OrleansSync.Contracts.Context;
using OrleansSync.Stores.Json;
using OrleansSync.Stores.WriteBack;

namespace OrleansSync.Stores.BigCommerce;

/// <summary>
/// The v3 customers API through the connector's <see cref="BigCommerceClient"/> (<c>X-Auth-Token</c>, store hash as
/// <c>Api:Account</c>): <c>PUT /v3/customers</c> with <c>[{id, …}]</c> for email, names and phone, and the address on the
/// customer's first address (the one the store mapping reads) through <c>PUT /v3/customers/addresses</c>, or a new one
/// through <c>POST</c> when the customer has none.
/// </summary>
public sealed class BigCommerceCustomerWriter(BigCommerceClient client) : IStoreCustomerWriter
{
    public StorePlatform Platform => StorePlatform.BigCommerce;

    public async Task<StoreWriteResult> WriteAsync(StoreOptions store, StoreCustomerChange change, CancellationToken cancellationToken)
    {
        if (store.Api is not { Account: { Length: > 0 } })
        {
            return StoreWriteResult.Refused($"Store '{store.Id}' has no Api:Account (the BigCommerce store hash) to write to.");
        }

        if (!long.TryParse(change.PlatformCustomerId, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return StoreWriteResult.Refused($"'{change.PlatformCustomerId}' is not a BigCommerce customer id.");
        }

        DateTimeOffset? modifiedAt = null;
        var customer = CustomerBody(id, change);
        if (customer.Count > 1)
        {
            using var written = await client.WriteAsync(store, HttpMethod.Put, "v3/customers", new JsonArray(customer), cancellationToken);
            if (written.Refusal is { } refusal)
            {
                return StoreWriteResult.Refused(refusal);
            }

            modifiedAt = written.Root.Arr("data").FirstOrDefault().Time("date_modified");
        }

        return change.ChangesAddress() ? await WriteAddressAsync(store, id, change, modifiedAt, cancellationToken) : new StoreWriteResult(modifiedAt, null);
    }

    private async Task<StoreWriteResult> WriteAddressAsync(StoreOptions store, long id, StoreCustomerChange change, DateTimeOffset? modifiedAt, CancellationToken cancellationToken)
    {
        using var read = await client.WriteAsync(store, HttpMethod.Get, $"v3/customers?id:in={id}&include=addresses", null, cancellationToken);
        if (read.Refusal is { } readRefusal)
        {
            return StoreWriteResult.Refused(readRefusal);
        }

        var found = read.Root.Arr("data").ToList();
        if (found.Count == 0)
        {
            return StoreWriteResult.Refused($"BigCommerce store '{store.Id}' has no customer {id}.");
        }

        var current = found[0];
        var address = AddressBody(change);
        if (current.Arr("addresses").FirstOrDefault() is { ValueKind: JsonValueKind.Object } existing && existing.Id("id") is { } addressId)
        {
            address["id"] = long.Parse(addressId, CultureInfo.InvariantCulture);
        }
        else
        {
            // A new address needs the names BigCommerce requires on every address.
            address["customer_id"] = id;
            address["first_name"] = change.FirstName ?? current.Str("first_name") ?? "";
            address["last_name"] = change.LastName ?? current.Str("last_name") ?? "";
        }

        var method = address.ContainsKey("id") ? HttpMethod.Put : HttpMethod.Post;
        using var written = await client.WriteAsync(store, method, "v3/customers/addresses", new JsonArray(address), cancellationToken);
        return written.Refusal is { } refusal ? StoreWriteResult.Refused(refusal) : new StoreWriteResult(modifiedAt ?? current.Time("date_modified"), null);
    }

    private static JsonObject CustomerBody(long id, StoreCustomerChange change)
    {
        var customer = new JsonObject { ["id"] = id };
        customer.Set("email", change.Email);
        customer.Set("first_name", change.FirstName);
        customer.Set("last_name", change.LastName);
        customer.Set("phone", change.Phone);
        return customer;
    }

    private static JsonObject AddressBody(StoreCustomerChange change)
    {
        var address = new JsonObject();
        address.Set("address1", change.Address1);
        address.Set("city", change.City);
        address.Set("state_or_province", change.Region);
        address.Set("postal_code", change.PostalCode);
        address.Set("country_code", change.CountryCode);
        return address;
    }
}

using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using OrleansSync.Contracts.Context;
using OrleansSync.Stores.Json;
using OrleansSync.Stores.WriteBack;

namespace OrleansSync.Stores.BigCommerce;

/// <summary>
/// The v3 customers API through the connector's <see cref="BigCommerceClient"/> (<c>X-Auth-Token</c>, store hash as
/// <c>Api:Account</c>). The customer is read with its addresses, then what differs is written: <c>PUT /v3/customers</c>
/// with <c>[{id, …}]</c> for email, names and phone, and the address on the customer's first address (the one the store
/// mapping reads) through <c>PUT /v3/customers/addresses</c>, or a new one through <c>POST</c> when it has none.
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
        var modifiedAt = current.Time("date_modified");
        var customer = CustomerBody(id, change, current);
        if (customer.Count > 1)
        {
            using var written = await client.WriteAsync(store, HttpMethod.Put, "v3/customers", new JsonArray(customer), cancellationToken);
            if (written.Refusal is { } refusal)
            {
                return StoreWriteResult.Refused(refusal);
            }

            modifiedAt = written.Root.Arr("data").FirstOrDefault().Time("date_modified") ?? modifiedAt;
        }

        var existing = current.Arr("addresses").FirstOrDefault();
        var address = AddressBody(change, existing);
        if (address.Count == 0)
        {
            return new StoreWriteResult(modifiedAt, null);
        }

        if (existing.Id("id") is { } addressId)
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
        using var addressWritten = await client.WriteAsync(store, method, "v3/customers/addresses", new JsonArray(address), cancellationToken);
        return addressWritten.Refusal is { } addressRefusal ? StoreWriteResult.Refused(addressRefusal) : new StoreWriteResult(modifiedAt, null);
    }

    /// <summary>The customer fields that differ from what the store holds, with the id.</summary>
    private static JsonObject CustomerBody(long id, StoreCustomerChange change, JsonElement current)
    {
        var customer = new JsonObject { ["id"] = id };
        customer.SetChanged("email", change.Email, current);
        customer.SetChanged("first_name", change.FirstName, current);
        customer.SetChanged("last_name", change.LastName, current);
        customer.SetChanged("phone", change.Phone, current);
        return customer;
    }

    /// <summary>The address fields that differ from the customer's first address.</summary>
    private static JsonObject AddressBody(StoreCustomerChange change, JsonElement current)
    {
        var address = new JsonObject();
        address.SetChanged("address1", change.Address1, current);
        address.SetChanged("city", change.City, current);
        address.SetChanged("state_or_province", change.Region, current);
        address.SetChanged("postal_code", change.PostalCode, current);
        address.SetChanged("country_code", change.CountryCode, current);
        return address;
    }
}

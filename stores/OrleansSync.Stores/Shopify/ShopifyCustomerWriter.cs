using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using OrleansSync.Contracts.Context;
using OrleansSync.Stores.Json;
using OrleansSync.Stores.WriteBack;

namespace OrleansSync.Stores.Shopify;

/// <summary>
/// Admin REST with the connector's client and token (<see cref="ShopifyApi.AccessTokenHeader"/>):
/// the customer is read (<c>GET {Api:BaseUrl}customers/{id}.json</c>), then what differs is written:
/// <c>PUT customers/{id}.json</c> with <c>{"customer":{…}}</c> for email, names and phone, and the address on the customer's
/// default address (<c>PUT customers/{id}/addresses/{address_id}.json</c>, or a new default address when it has none).
/// </summary>
public sealed class ShopifyCustomerWriter(IHttpClientFactory clients) : IStoreCustomerWriter
{
    private const string PlatformName = "Shopify";

    public StorePlatform Platform => StorePlatform.Shopify;

    public async Task<StoreWriteResult> WriteAsync(StoreOptions store, StoreCustomerChange change, CancellationToken cancellationToken)
    {
        if (store.Api is not { BaseUrl: not null } api)
        {
            return StoreWriteResult.Refused($"Store '{store.Id}' has no Api:BaseUrl to write to.");
        }

        var id = Uri.EscapeDataString(change.PlatformCustomerId);
        using var read = await SendAsync(store, api, HttpMethod.Get, $"customers/{id}.json", null, cancellationToken);
        if (read.Refusal is { } readRefusal)
        {
            return StoreWriteResult.Refused(readRefusal);
        }

        var current = read.Root.Obj("customer") ?? default;
        var modifiedAt = current.Time("updated_at");
        var customer = CustomerBody(change, current);
        if (customer.Count > 1)
        {
            using var written = await SendAsync(store, api, HttpMethod.Put, $"customers/{id}.json", new JsonObject { ["customer"] = customer }, cancellationToken);
            if (written.Refusal is { } refusal)
            {
                return StoreWriteResult.Refused(refusal);
            }

            modifiedAt = written.Root.Obj("customer")?.Time("updated_at") ?? modifiedAt;
        }

        var defaultAddress = current.Obj("default_address");
        var address = AddressBody(change, defaultAddress ?? default);
        if (address.Count == 0)
        {
            return new StoreWriteResult(modifiedAt, null);
        }

        // Each call is its own change in Shopify (and its own customers/update webhook): only what differs is sent.
        using var addressWritten = defaultAddress?.Id("id") is { } defaultAddressId
            ? await SendAsync(store, api, HttpMethod.Put, $"customers/{id}/addresses/{Uri.EscapeDataString(defaultAddressId)}.json", new JsonObject { ["address"] = address }, cancellationToken)
            : await SendAsync(store, api, HttpMethod.Post, $"customers/{id}/addresses.json", new JsonObject { ["address"] = WithDefault(address) }, cancellationToken);
        return addressWritten.Refusal is { } addressRefusal ? StoreWriteResult.Refused(addressRefusal) : new StoreWriteResult(modifiedAt, null);
    }

    private async Task<StoreWriteAnswer> SendAsync(StoreOptions store, StoreApiOptions api, HttpMethod method, string path, JsonObject? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(api.BaseUrl!, path));
        if (body is not null)
        {
            request.Content = StoreWriteHttp.Json(body);
        }

        request.Headers.Add(ShopifyApi.AccessTokenHeader, api.AccessToken);
        return await StoreWriteHttp.SendAsync(clients.CreateClient(ShopifyApi.HttpClientName), request, PlatformName, store.Id, cancellationToken);
    }

    /// <summary>The customer fields that differ from what the store holds, with the id.</summary>
    private static JsonObject CustomerBody(StoreCustomerChange change, JsonElement current)
    {
        var customer = new JsonObject { ["id"] = long.TryParse(change.PlatformCustomerId, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? JsonValue.Create(n) : JsonValue.Create(change.PlatformCustomerId) };
        customer.SetChanged("email", change.Email, current);
        customer.SetChanged("first_name", change.FirstName, current);
        customer.SetChanged("last_name", change.LastName, current);
        customer.SetChanged("phone", change.Phone, current);
        return customer;
    }

    /// <summary>The default address's fields that differ from what the store holds.</summary>
    private static JsonObject AddressBody(StoreCustomerChange change, JsonElement current)
    {
        var address = new JsonObject();
        address.SetChanged("address1", change.Address1, current);
        address.SetChanged("city", change.City, current);
        address.SetChanged("province_code", change.Region, current);
        address.SetChanged("zip", change.PostalCode, current);
        address.SetChanged("country_code", change.CountryCode, current);
        return address;
    }

    private static JsonObject WithDefault(JsonObject address)
    {
        address["default"] = true;
        return address;
    }
}

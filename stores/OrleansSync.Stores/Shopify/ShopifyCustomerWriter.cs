using System.Globalization;
using System.Text.Json.Nodes;
using OrleansSync.Contracts.Context;
using OrleansSync.Stores.Json;
using OrleansSync.Stores.WriteBack;

namespace OrleansSync.Stores.Shopify;

/// <summary>
/// Admin REST with the connector's client and token (<see cref="ShopifyApi.AccessTokenHeader"/>):
/// <c>PUT {Api:BaseUrl}customers/{id}.json</c> with <c>{"customer":{…}}</c> for email, names and phone, then the address on
/// the customer's default address (<c>PUT customers/{id}/addresses/{address_id}.json</c>, or a new default address when it
/// has none).
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
        using var written = await SendAsync(store, api, HttpMethod.Put, $"customers/{id}.json", new JsonObject { ["customer"] = CustomerBody(change) }, cancellationToken);
        if (written.Refusal is { } refusal)
        {
            return StoreWriteResult.Refused(refusal);
        }

        var customer = written.Root.Obj("customer");
        var modifiedAt = customer?.Time("updated_at");
        if (!change.ChangesAddress())
        {
            return new StoreWriteResult(modifiedAt, null);
        }

        var address = AddressBody(change);
        var defaultAddressId = customer?.Obj("default_address")?.Id("id");
        if (defaultAddressId is null)
        {
            address["default"] = true;
        }

        using var addressWritten = defaultAddressId is null
            ? await SendAsync(store, api, HttpMethod.Post, $"customers/{id}/addresses.json", new JsonObject { ["address"] = address }, cancellationToken)
            : await SendAsync(store, api, HttpMethod.Put, $"customers/{id}/addresses/{Uri.EscapeDataString(defaultAddressId)}.json", new JsonObject { ["address"] = address }, cancellationToken);
        return addressWritten.Refusal is { } addressRefusal ? StoreWriteResult.Refused(addressRefusal) : new StoreWriteResult(modifiedAt, null);
    }

    private async Task<StoreWriteAnswer> SendAsync(StoreOptions store, StoreApiOptions api, HttpMethod method, string path, JsonObject body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(api.BaseUrl!, path)) { Content = StoreWriteHttp.Json(body) };
        request.Headers.Add(ShopifyApi.AccessTokenHeader, api.AccessToken);
        return await StoreWriteHttp.SendAsync(clients.CreateClient(ShopifyApi.HttpClientName), request, PlatformName, store.Id, cancellationToken);
    }

    private static JsonObject CustomerBody(StoreCustomerChange change)
    {
        var customer = new JsonObject { ["id"] = long.TryParse(change.PlatformCustomerId, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? JsonValue.Create(n) : JsonValue.Create(change.PlatformCustomerId) };
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
        address.Set("province_code", change.Region);
        address.Set("zip", change.PostalCode);
        address.Set("country_code", change.CountryCode);
        return address;
    }
}

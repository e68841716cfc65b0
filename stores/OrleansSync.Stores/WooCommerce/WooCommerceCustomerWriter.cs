using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using OrleansSync.Contracts.Context;
using OrleansSync.Stores.Connectors;
using OrleansSync.Stores.WriteBack;

namespace OrleansSync.Stores.WooCommerce;

/// <summary>
/// <c>PUT {Api:BaseUrl}customers/{id}</c> with the consumer key/secret (<see cref="StoreApiOptions.ClientId"/>/
/// <see cref="StoreApiOptions.ClientSecret"/>) over HTTP Basic: email and names on the customer, phone and address on its
/// billing address.
/// </summary>
public sealed class WooCommerceCustomerWriter(IHttpClientFactory clients) : IStoreCustomerWriter
{
    public const string HttpClientName = "store-writeback-woocommerce";

    public StorePlatform Platform => StorePlatform.WooCommerce;

    public async Task<StoreWriteResult> WriteAsync(StoreOptions store, StoreCustomerChange change, CancellationToken cancellationToken)
    {
        if (store.Api is not { BaseUrl: { } baseUrl } api)
        {
            return StoreWriteResult.Refused($"Store '{store.Id}' has no Api:BaseUrl to write to.");
        }

        using var request = new HttpRequestMessage(HttpMethod.Put, new Uri(baseUrl, $"customers/{Uri.EscapeDataString(change.PlatformCustomerId)}"))
        {
            Content = new StringContent(Body(change).ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = WooCommerceAuth.Basic(api);
        HttpResponseMessage response;
        try
        {
            response = await clients.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
        }
        catch (Exception error) when (error is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            throw new StoreApiException($"WooCommerce store '{store.Id}' is unreachable: {error.Message}", null, false, inner: error);
        }

        using (response)
        {
            var status = (int)response.StatusCode;
            if (status is 408 or 429 or >= 500)
            {
                throw new StoreApiException($"WooCommerce store '{store.Id}' answered {status} to a customer write.", status, false);
            }

            if (!response.IsSuccessStatusCode)
            {
                return StoreWriteResult.Refused($"WooCommerce store '{store.Id}' refused the customer write with {status}.");
            }

            using var json = JsonDocument.Parse(await response.Content.ReadAsStreamAsync(cancellationToken));
            return new StoreWriteResult(ModifiedAt(json.RootElement), null);
        }
    }

    private static JsonObject Body(StoreCustomerChange change)
    {
        var body = new JsonObject();
        var billing = new JsonObject();
        Set(body, "email", change.Email);
        Set(body, "first_name", change.FirstName);
        Set(body, "last_name", change.LastName);
        Set(billing, "first_name", change.FirstName);
        Set(billing, "last_name", change.LastName);
        Set(billing, "phone", change.Phone);
        Set(billing, "address_1", change.Address1);
        Set(billing, "city", change.City);
        Set(billing, "state", change.Region);
        Set(billing, "postcode", change.PostalCode);
        Set(billing, "country", change.CountryCode);
        if (billing.Count > 0)
        {
            body["billing"] = billing;
        }

        return body;
    }

    private static void Set(JsonObject target, string name, string? value)
    {
        if (value is not null)
        {
            target[name] = value;
        }
    }

    private static DateTimeOffset? ModifiedAt(JsonElement customer) =>
        customer.ValueKind == JsonValueKind.Object && customer.TryGetProperty("date_modified_gmt", out var m) && m.ValueKind == JsonValueKind.String
        && DateTimeOffset.TryParse(m.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? at
            : null;
}

using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OrleansSync.Gateway;
using OrleansSync.Runtime.Hosting;

namespace OrleansSync.Bench.Gateway;

/// <summary>The gateway on Kestrel at 127.0.0.1 (random port) over a PostgreSQL grid in a fresh schema.</summary>
internal sealed class BenchGateway : IAsyncDisposable
{
    public const string Store = "bench-shop";
    public const string Secret = "bench-shopify-app-secret";
    public const string ShopDomain = "bench.myshopify.com";

    private readonly WebApplication _app;

    private BenchGateway(WebApplication app, Uri address, string schema)
    {
        _app = app;
        Address = address;
        Schema = schema;
    }

    public Uri Address { get; }

    public string Schema { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<BenchGateway> StartAsync(string connectionString, CancellationToken cancellationToken)
    {
        var schema = $"bench_{Guid.NewGuid():N}"[..30];
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Grid:PostgresConnectionString"] = connectionString,
            ["Grid:Schema"] = schema,
            ["Gateway:Admin:Token"] = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)),
            ["Gateway:Stores:0:Id"] = Store,
            ["Gateway:Stores:0:Platform"] = "Shopify",
            ["Gateway:Stores:0:Secret"] = Secret,
            ["Gateway:Stores:0:PortalId"] = "1001",
        });
        builder.Services.AddGridStore(builder.Configuration);
        builder.Services.AddGateway(builder.Configuration);
        var app = builder.Build();
        app.MapGateway();
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new BenchGateway(app, new Uri(address), schema);
    }

    /// <summary>A signed Shopify <c>orders/updated</c> delivery (~1 KB), as Shopify would send it.</summary>
    public static HttpRequestMessage Delivery(int n, byte[] body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/webhooks/shopify/{Store}") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.Add("X-Shopify-Topic", "orders/updated");
        request.Headers.Add("X-Shopify-Shop-Domain", ShopDomain);
        request.Headers.Add("X-Shopify-API-Version", "2025-07");
        request.Headers.Add("X-Shopify-Event-Id", $"bench-{n}");
        request.Headers.Add("X-Shopify-Webhook-Id", $"bench-webhook-{n}");
        request.Headers.Add("X-Shopify-Hmac-Sha256", Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), body)));
        return request;
    }

    public static byte[] OrderBody(long n) => Encoding.UTF8.GetBytes($$$"""
        {"id":{{{7_000_000_000_000_000L + n}}},"name":"#{{{n}}}","email":"buyer{{{n % 5000}}}@example.com","created_at":"2026-01-01T09:00:00-05:00",
        "updated_at":"2026-01-01T09:05:00-05:00","processed_at":"2026-01-01T09:00:00-05:00","currency":"USD","source_name":"web",
        "financial_status":"paid","fulfillment_status":null,"subtotal_price":"40.00","total_discounts":"0.00","total_tax":"3.20",
        "total_price":"48.20","buyer_accepts_marketing":false,"tags":"","customer":{"id":{{{100_000 + (n % 5000)}}},"email":"buyer{{{n % 5000}}}@example.com",
        "first_name":"Bench","last_name":"Buyer","state":"enabled","tags":"","email_marketing_consent":{"state":"not_subscribed","opt_in_level":null,"consent_updated_at":null}},
        "billing_address":{"first_name":"Bench","last_name":"Buyer","address1":"1 Main St","city":"Ottawa","province_code":"ON","zip":"K2P 0V6","country_code":"CA"},
        "line_items":[{"id":{{{n * 10 + 1}}},"sku":"SKU-{{{n % 300}}}","name":"Widget","quantity":2,"price":"15.00","total_discount":"0.00","product_id":1,"variant_id":2},
        {"id":{{{n * 10 + 2}}},"sku":"SKU-{{{(n + 7) % 300}}}","name":"Gadget","quantity":1,"price":"10.00","total_discount":"0.00","product_id":3,"variant_id":4}],
        "shipping_lines":[{"code":"Standard","title":"Standard","price":"5.00"}],"refunds":[],"fulfillments":[]}
        """);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

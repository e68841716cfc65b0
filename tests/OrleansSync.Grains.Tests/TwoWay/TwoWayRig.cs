using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OrleansSync.Contracts.Context;
using OrleansSync.Gateway.HubSpotWebhooks;
using OrleansSync.Grains.Tests.Fixtures;
using OrleansSync.Stores;
using OrleansSync.Stores.Connectors;
using OrleansSync.Stores.Simulators.Hosting;
using OrleansSync.Stores.Simulators.WooCommerce;
using OrleansSync.Stores.WooCommerce;

namespace OrleansSync.Grains.Tests.TwoWay;

/// <summary>
/// The round trip on real parts: the grid (<see cref="SyncCluster"/>), the HubSpot sandbox sending its signed webhooks to a
/// loopback endpoint that checks them and maps them with the gateway's own HubSpot webhook code, and the WooCommerce
/// simulator taking the write-backs over HTTP and (like WooCommerce) announcing each change with a customer.updated webhook,
/// and creating orders for HubSpot deals (announced with an order.created webhook) — deals a sales rep creates in the
/// sandbox's <c>default</c> pipeline at <see cref="UpsellStage"/> become orders of the store.
/// </summary>
public sealed class TwoWayRig : IAsyncDisposable
{
    public const string StoreId = "woo";
    public const string ClientSecret = "two-way-hubspot-app-secret";
    public const long AppId = 4_242_001;
    public const string UpsellStage = "qualifiedtobuy";

    private readonly SimulatorHost _storeHost;
    private readonly WebApplication _hubSpotReceiver;
    private readonly StoreOptions _store;
    private int _inFlight;
    private int _hubSpotEvents;
    private SyncCluster? _cluster;

    private TwoWayRig(WooCommerceSimulator store, WooCommerceCustomerWrites writes, WooCommerceOrderWrites orders, SimulatorHost storeHost, WebApplication receiver)
    {
        Store = store;
        StoreWrites = writes;
        StoreOrders = orders;
        _storeHost = storeHost;
        _hubSpotReceiver = receiver;
        _store = new StoreOptions { Id = StoreId, Platform = StorePlatform.WooCommerce, PortalId = SyncCluster.PortalId, Secret = "woo-webhook-secret" };
    }

    public WooCommerceSimulator Store { get; }

    public WooCommerceCustomerWrites StoreWrites { get; }

    public WooCommerceOrderWrites StoreOrders { get; }

    public SyncCluster Cluster => _cluster!;

    public HubSpotView HubSpot => Cluster.HubSpot;

    /// <summary>HubSpot webhook events that passed the signature check.</summary>
    public int HubSpotEvents => Volatile.Read(ref _hubSpotEvents);

    public static async Task<TwoWayRig> StartAsync()
    {
        var store = new WooCommerceSimulator("ck_two_way", "cs_two_way");
        var writes = new WooCommerceCustomerWrites(store);
        var orders = new WooCommerceOrderWrites(store);
        var storeHost = await SimulatorHost.StartAsync(e =>
        {
            e.MapWooCommerceSimulator(store);
            writes.Map(e);
            orders.Map(e);
        });

        TwoWayRig? rig = null;
        var receiver = await StartHubSpotReceiverAsync(request => rig!.ReceiveHubSpotAsync(request));
        rig = new TwoWayRig(store, writes, orders, storeHost, receiver);
        writes.Written += customer => rig.Relay(() => rig.StoreWebhookAsync(customer));
        orders.BeforeAnswer = order =>
        {
            rig.Relay(() => rig.StoreWebhookAsync(order, "order.created"));
            return Task.CompletedTask;
        };
        var receiverUrl = new Uri(ReceiverAddress(receiver), "webhooks/hubspot");
        var api = new Uri(storeHost.BaseUrl, WooCommerceSimulatorEndpoints.BasePath).AbsoluteUri;
        rig._cluster = await SyncCluster.StartAsync(
            settings: new Dictionary<string, string?>
            {
                ["Gateway:Stores:0:Id"] = StoreId,
                ["Gateway:Stores:0:Platform"] = "WooCommerce",
                ["Gateway:Stores:0:Secret"] = "woo-webhook-secret",
                ["Gateway:Stores:0:PortalId"] = SyncCluster.PortalId,
                ["Gateway:Stores:0:Api:BaseUrl"] = api,
                ["Gateway:Stores:0:Api:ClientId"] = store.ConsumerKey,
                ["Gateway:Stores:0:Api:ClientSecret"] = store.ConsumerSecret,
                ["Gateway:Stores:0:Api:PollInterval"] = "01:00:00", // the store connector backfills the empty store once and stays out of the way
                ["Gateway:Stores:0:DealOrders:Pipeline"] = "default",
                ["Gateway:Stores:0:DealOrders:Stages:0"] = UpsellStage,
                ["Gateway:Stores:0:DealOrders:Status"] = "pending",
                ["Grains:EffectRetryDelay"] = "00:00:00.200",
            },
            portal: p =>
            {
                p.WebhookTargetUrl = receiverUrl;
                p.WebhookClientSecret = ClientSecret;
                p.AppId = AppId;
                p.WebhookRetryDelay = TimeSpan.FromMilliseconds(100);
            });
        return rig;
    }

    /// <summary>Adds a customer to the store and delivers its customer.created webhook.</summary>
    public async Task<JsonObject> AddCustomerAsync(int id, string email, string firstName, string phone)
    {
        var customer = WooCommerceGenerator.Customer(id);
        customer["id"] = (long)id; // the simulator reads ids as long
        customer["email"] = email;
        customer["first_name"] = firstName;
        customer["billing"]!["email"] = email;
        customer["billing"]!["first_name"] = firstName;
        customer["billing"]!["phone"] = phone;
        customer["billing"]!["city"] = "Springfield";
        customer["date_modified_gmt"] = WooCommerceGenerator.Gmt(DateTimeOffset.UtcNow.AddMinutes(-30));
        Store.Put(StoreResource.Customers, customer);
        await StoreWebhookAsync(customer, "customer.created");
        return customer;
    }

    /// <summary>Delivers the store's webhook for this record (as the gateway would hand it to the grid).</summary>
    public Task StoreWebhookAsync(JsonObject record, string topic = "customer.updated")
    {
        using var body = JsonDocument.Parse(record.ToJsonString());
        var events = new WooCommerceWebhooks().Map(topic, body.RootElement, new RecordMappingContext(_store, new HeaderDictionary(), $"woo-{Guid.NewGuid():N}", DateTimeOffset.UtcNow));
        return Cluster.PostAsync(events);
    }

    /// <summary>Waits until the sandbox has sent every webhook, the receiver and the store relayed everything and the grid is quiet, twice in a row.</summary>
    public async Task SettleAsync()
    {
        var quiet = 0;
        while (quiet < 2)
        {
            await Cluster.SettleAsync();
            await Wait.UntilAsync(() => Cluster.Sandbox.DefaultPortal.PendingWebhooks == 0 && Volatile.Read(ref _inFlight) == 0, TimeSpan.FromSeconds(60),
                "the sandbox to send its webhooks and the test endpoints to relay them");
            quiet = Cluster.Sandbox.DefaultPortal.PendingWebhooks == 0 && Volatile.Read(ref _inFlight) == 0 ? quiet + 1 : 0;
        }
    }

    /// <summary>Settles until the HubSpot deal carries a store order's key (its order synced onto it), then until all is quiet.</summary>
    public async Task SettleUntilOrderSyncedAsync(string dealId)
    {
        await Cluster.SettleUntilAsync(() => HubSpot.Deals.Any(d => d.Id == dealId && d.Properties.GetValueOrDefault("ecom_order_key") is { Length: > 0 }),
            $"deal {dealId} updated by its store order's sync");
        await SettleAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }

        await _hubSpotReceiver.StopAsync();
        await _hubSpotReceiver.DisposeAsync();
        await _storeHost.DisposeAsync();
    }

    private async Task<IResult> ReceiveHubSpotAsync(HttpRequest request)
    {
        if (_cluster is null)
        {
            return Results.StatusCode(503);
        }

        Interlocked.Increment(ref _inFlight);
        try
        {
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer);
            var body = buffer.ToArray();
            var options = new HubSpotWebhookOptions { ClientSecret = ClientSecret, AppId = AppId.ToString(CultureInfo.InvariantCulture) };
            if (new HubSpotSignatureCheck(options, TimeProvider.System).Check(request, body, ClientSecret) is not null)
            {
                return Results.StatusCode(401);
            }

            using var document = JsonDocument.Parse(body);
            var events = document.RootElement.EnumerateArray().ToList();
            Interlocked.Add(ref _hubSpotEvents, events.Count);
            var messages = events.SelectMany(e => HubSpotWebhookEvents.Map(e, SyncCluster.PortalId, options.AppId)).Select(m => m.Message).ToList();
            await Cluster.PostAsync(messages);
            return Results.Ok();
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    private void Relay(Func<Task> send)
    {
        Interlocked.Increment(ref _inFlight);
        _ = Task.Run(async () =>
        {
            try
            {
                await send();
            }
            finally
            {
                Interlocked.Decrement(ref _inFlight);
            }
        });
    }

    private static async Task<WebApplication> StartHubSpotReceiverAsync(Func<HttpRequest, Task<IResult>> receive)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.MapPost("/webhooks/hubspot", (HttpRequest request) => receive(request));
        await app.StartAsync();
        return app;
    }

    private static Uri ReceiverAddress(WebApplication app) =>
        new(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/') + "/");
}

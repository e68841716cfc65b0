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
using OrleansSync.HubSpot.Sandbox;
using OrleansSync.Stores;
using OrleansSync.Stores.Connectors;
using OrleansSync.Stores.Simulators.Hosting;
using OrleansSync.Stores.Simulators.WooCommerce;
using OrleansSync.Stores.WooCommerce;

namespace OrleansSync.Grains.Tests.TwoWay;

/// <summary>
/// The round trip on real parts: the grid (<see cref="SyncCluster"/>), the HubSpot sandbox sending its signed webhooks to a
/// loopback endpoint that checks them and maps them with the gateway's own HubSpot webhook code, and a store simulator (the
/// WooCommerce one, or another platform's as a <see cref="TwoWayStore"/>) taking the write-backs over HTTP and, like the
/// platform, announcing each change with a customer webhook. The WooCommerce store also creates orders for HubSpot deals
/// (announced with an order.created webhook): deals a sales rep creates in the sandbox's <c>default</c> pipeline at
/// <see cref="UpsellStage"/> become orders of the store.
/// </summary>
public sealed class TwoWayRig : IAsyncDisposable
{
    public const string StoreId = "woo";
    public const string ClientSecret = "two-way-hubspot-app-secret";
    public const long AppId = 4_242_001;
    public const string UpsellStage = "qualifiedtobuy";

    private readonly SimulatorHost? _storeHost;
    private readonly TwoWayStore? _platformStore;
    private readonly WebApplication _hubSpotReceiver;
    private readonly StoreOptions _store;
    private readonly WooCommerceSimulator? _woo;
    private readonly WooCommerceCustomerWrites? _wooWrites;
    private readonly WooCommerceOrderWrites? _wooOrders;
    private int _inFlight;
    private int _hubSpotEvents;
    private SyncCluster? _cluster;

    private TwoWayRig(WooCommerceSimulator store, WooCommerceCustomerWrites writes, WooCommerceOrderWrites orders, SimulatorHost storeHost, WebApplication receiver)
    {
        _woo = store;
        _wooWrites = writes;
        _wooOrders = orders;
        _storeHost = storeHost;
        _hubSpotReceiver = receiver;
        _store = new StoreOptions { Id = StoreId, Platform = StorePlatform.WooCommerce, PortalId = SyncCluster.PortalId, Secret = "woo-webhook-secret" };
    }

    private TwoWayRig(TwoWayStore store, WebApplication receiver)
    {
        _platformStore = store;
        _hubSpotReceiver = receiver;
        _store = store.Options;
    }

    /// <summary>The WooCommerce store (the rig started without a <see cref="TwoWayStore"/>).</summary>
    public WooCommerceSimulator Store => _woo ?? throw new InvalidOperationException("This rig runs another platform's store: use PlatformStore.");

    public WooCommerceCustomerWrites StoreWrites => _wooWrites ?? throw new InvalidOperationException("This rig runs another platform's store: use PlatformStore.");

    /// <summary>The platform's store (the rig started by <see cref="StartAsync(TwoWayStore, IReadOnlyDictionary{string, string?}?)"/>).</summary>
    public TwoWayStore PlatformStore => _platformStore ?? throw new InvalidOperationException("This rig runs the WooCommerce store: use Store.");

    public WooCommerceOrderWrites StoreOrders => _wooOrders ?? throw new InvalidOperationException("This rig runs another platform's store: use PlatformStore.");

    public SyncCluster Cluster => _cluster!;

    public HubSpotView HubSpot => Cluster.HubSpot;

    /// <summary>HubSpot webhook events that passed the signature check.</summary>
    public int HubSpotEvents => Volatile.Read(ref _hubSpotEvents);

    /// <summary>The round trip with the WooCommerce simulator (and <paramref name="settings"/> and <paramref name="portal"/> on top of the rig's own).</summary>
    public static async Task<TwoWayRig> StartAsync(IReadOnlyDictionary<string, string?>? settings = null, Action<SandboxPortalOptions>? portal = null)
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
        var api = new Uri(storeHost.BaseUrl, WooCommerceSimulatorEndpoints.BasePath).AbsoluteUri;
        await rig.StartClusterAsync(
            new Dictionary<string, string?>
            {
                ["Api:BaseUrl"] = api,
                ["Api:ClientId"] = store.ConsumerKey,
                ["Api:ClientSecret"] = store.ConsumerSecret,
                ["DealOrders:Pipeline"] = "default",
                ["DealOrders:Stages:0"] = UpsellStage,
                ["DealOrders:Status"] = "pending",
            },
            settings,
            portal);
        return rig;
    }

    /// <summary>The round trip with another platform's simulated store, which announces each write-back with its customer webhook.</summary>
    public static async Task<TwoWayRig> StartAsync(TwoWayStore store, IReadOnlyDictionary<string, string?>? settings = null)
    {
        TwoWayRig? rig = null;
        var receiver = await StartHubSpotReceiverAsync(request => rig!.ReceiveHubSpotAsync(request));
        rig = new TwoWayRig(store, receiver);
        var api = await store.StartAsync();
        store.Changed += events => rig.Relay(() => rig.Cluster.PostAsync(events));
        await rig.StartClusterAsync(api, settings, null);
        return rig;
    }

    /// <summary>Adds a customer to the platform's store and delivers its customer-created webhook.</summary>
    public Task AddStoreCustomerAsync(int id, string email, string firstName, string phone) =>
        Cluster.PostAsync(PlatformStore.AddCustomer(id, email, firstName, phone));

    private async Task StartClusterAsync(IReadOnlyDictionary<string, string?> api, IReadOnlyDictionary<string, string?>? settings, Action<SandboxPortalOptions>? portal)
    {
        var values = new Dictionary<string, string?>
        {
            ["Gateway:Stores:0:Id"] = _store.Id,
            ["Gateway:Stores:0:Platform"] = _store.Platform.ToString(),
            ["Gateway:Stores:0:Secret"] = _store.Secret,
            ["Gateway:Stores:0:PortalId"] = SyncCluster.PortalId,
            ["Gateway:Stores:0:Api:PollInterval"] = "01:00:00", // the store connector backfills the empty store once and stays out of the way
            ["Grains:EffectRetryDelay"] = "00:00:00.200",
        };
        foreach (var (key, value) in api)
        {
            values[$"Gateway:Stores:0:{key}"] = value;
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var receiverUrl = new Uri(ReceiverAddress(_hubSpotReceiver), "webhooks/hubspot");
        _cluster = await SyncCluster.StartAsync(
            settings: values,
            portal: p =>
            {
                p.WebhookTargetUrl = receiverUrl;
                p.WebhookClientSecret = ClientSecret;
                p.AppId = AppId;
                p.WebhookRetryDelay = TimeSpan.FromMilliseconds(100);
                portal?.Invoke(p);
            });
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
        if (_storeHost is not null)
        {
            await _storeHost.DisposeAsync();
        }

        if (_platformStore is not null)
        {
            await _platformStore.DisposeAsync();
        }
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

using System.Globalization;
using System.Text.Json.Nodes;
using OrleansSync.Contracts.Context;
using OrleansSync.Stores.BigCommerce;
using OrleansSync.Stores.CommerceTools;
using OrleansSync.Stores.Connectors;
using OrleansSync.Stores.Magento;
using OrleansSync.Stores.Shopify;
using OrleansSync.Stores.Simulators.BigCommerce;
using OrleansSync.Stores.Simulators.CommerceTools;
using OrleansSync.Stores.Simulators.Hosting;
using OrleansSync.Stores.Simulators.Magento;
using OrleansSync.Stores.Simulators.Shopify;

namespace OrleansSync.Grains.Tests.TwoWay;

public sealed class ShopifyTwoWayStore : TwoWayStore
{
    private readonly ShopifySimulator _store = new("shpat_two_way", bucketCapacity: 10_000);
    private SimulatorHost? _host;

    public override StorePlatform Platform => StorePlatform.Shopify;

    public override int Writes => _store.CustomerWrites.Writes.Count;

    public override bool Outage
    {
        set => _store.Outage = value;
    }

    public override async Task<IReadOnlyDictionary<string, string?>> StartAsync()
    {
        _host = await SimulatorHost.StartAsync(e => e.MapShopifySimulator(_store));
        _store.CustomerWrites.Written += c => Announce(ShopifyMapper.Map("customers/update", Element(c), Context()));
        return new Dictionary<string, string?>
        {
            ["Api:BaseUrl"] = new Uri(_host.BaseUrl, ShopifySimulatorEndpoints.BasePath).AbsoluteUri,
            ["Api:AccessToken"] = _store.AccessToken,
        };
    }

    public override IReadOnlyList<ICanonicalEvent> AddCustomer(int id, string email, string firstName, string phone)
    {
        var customer = ShopifyGenerator.Customer(id);
        var address = new JsonObject { ["id"] = 100L + id, ["address1"] = "1 Main St", ["city"] = "Springfield", ["country_code"] = "US", ["default"] = true };
        customer["email"] = email;
        customer["first_name"] = firstName;
        customer["phone"] = phone;
        customer["default_address"] = address.DeepClone();
        customer["addresses"] = new JsonArray(address);
        customer["updated_at"] = ShopifyGenerator.Time(HalfAnHourAgo);
        _store.Put(StoreResource.Customers, customer);
        return ShopifyMapper.Map("customers/create", Element(customer), Context());
    }

    public override (string? Phone, string? City) Customer(int id)
    {
        var customer = _store.Customers.Get(7_000_000L + id);
        return ((string?)customer["phone"], (string?)customer["default_address"]?["city"]);
    }

    public override async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}

public sealed class BigCommerceTwoWayStore : TwoWayStore
{
    private BigCommerceSimulator? _store;

    public override StorePlatform Platform => StorePlatform.BigCommerce;

    public override int Writes => _store!.CustomerWrites.Writes.Count;

    public override bool Outage
    {
        set => _store!.Faults.Outage = value;
    }

    public override async Task<IReadOnlyDictionary<string, string?>> StartAsync()
    {
        _store = await BigCommerceSimulator.StartAsync();
        _store.CustomerWrites.Written += c => Announce(BigCommerceMapper.Customer("store/customer/updated", Element(c), Context()));
        return new Dictionary<string, string?>
        {
            ["Api:BaseUrl"] = _store.BaseUrl.AbsoluteUri,
            ["Api:AccessToken"] = _store.AccessToken,
            ["Api:Account"] = _store.StoreHash,
        };
    }

    public override IReadOnlyList<ICanonicalEvent> AddCustomer(int id, string email, string firstName, string phone)
    {
        var at = BigCommerceStoreData.Iso(HalfAnHourAgo);
        var customer = new JsonObject
        {
            ["id"] = (long)id, ["email"] = email, ["first_name"] = firstName, ["last_name"] = "Lee", ["company"] = "", ["phone"] = phone,
            ["customer_group_id"] = 0, ["date_created"] = at, ["date_modified"] = at,
            ["addresses"] = new JsonArray(new JsonObject
            {
                ["id"] = 100L + id, ["customer_id"] = (long)id, ["first_name"] = firstName, ["last_name"] = "Lee", ["address1"] = "1 Main St",
                ["city"] = "Springfield", ["state_or_province"] = "Illinois", ["postal_code"] = "62701", ["country_code"] = "US",
            }),
        };
        _store!.Data.Customers[id] = customer;
        return BigCommerceMapper.Customer("store/customer/created", Element(customer), Context());
    }

    public override (string? Phone, string? City) Customer(int id)
    {
        var customer = _store!.Data.Customers[id];
        return ((string?)customer["phone"], (string?)customer["addresses"]?[0]?["city"]);
    }

    public override async ValueTask DisposeAsync()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }
    }
}

public sealed class MagentoTwoWayStore : TwoWayStore
{
    private MagentoSimulator? _store;

    public override StorePlatform Platform => StorePlatform.Magento;

    public override int Writes => _store!.CustomerWrites.Writes.Count;

    public override async Task<IReadOnlyDictionary<string, string?>> StartAsync()
    {
        _store = await MagentoSimulator.StartAsync();
        _store.CustomerWrites.Written += c => Announce(MagentoMapper.Customer(Element(c), false, Context()));
        return new Dictionary<string, string?>
        {
            ["Api:BaseUrl"] = _store.BaseUrl.AbsoluteUri,
            ["Api:AccessToken"] = _store.AccessToken,
        };
    }

    public override IReadOnlyList<ICanonicalEvent> AddCustomer(int id, string email, string firstName, string phone)
    {
        var at = MagentoStoreData.Time(HalfAnHourAgo);
        var customer = new JsonObject
        {
            ["id"] = (long)id, ["group_id"] = 1, ["email"] = email, ["firstname"] = firstName, ["lastname"] = "Lee", ["created_at"] = at, ["updated_at"] = at,
            ["store_id"] = 1, ["website_id"] = 1,
            ["addresses"] = new JsonArray(new JsonObject
            {
                ["id"] = 100L + id, ["customer_id"] = (long)id, ["firstname"] = firstName, ["lastname"] = "Lee", ["street"] = new JsonArray("1 Main St"),
                ["city"] = "Springfield", ["postcode"] = "62701", ["country_id"] = "US", ["telephone"] = phone, ["default_billing"] = true,
            }),
        };
        _store!.Data.Customers[id] = customer;
        return MagentoMapper.Customer(Element(customer), true, Context());
    }

    public override (string? Phone, string? City) Customer(int id)
    {
        var address = _store!.Data.Customers[id]["addresses"]![0]!;
        return ((string?)address["telephone"], (string?)address["city"]);
    }

    public override async ValueTask DisposeAsync()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }
    }
}

public sealed class CommerceToolsTwoWayStore : TwoWayStore
{
    private CommerceToolsSimulator? _store;

    public override StorePlatform Platform => StorePlatform.Commercetools;

    public override int Writes => _store!.CustomerUpdates.Writes.Writes.Count;

    public override async Task<IReadOnlyDictionary<string, string?>> StartAsync()
    {
        _store = await CommerceToolsSimulator.StartAsync();
        _store.CustomerUpdates.Writes.Written += c => Announce(CommerceToolsMapper.Customer(Element(c), false, Context()));
        return new Dictionary<string, string?>
        {
            ["Api:BaseUrl"] = _store.BaseUrl.AbsoluteUri,
            ["Api:Account"] = _store.ProjectKey,
            ["Api:ClientId"] = _store.ClientId,
            ["Api:ClientSecret"] = _store.ClientSecret,
            ["Api:TokenUrl"] = _store.TokenUrl.AbsoluteUri,
        };
    }

    public override IReadOnlyList<ICanonicalEvent> AddCustomer(int id, string email, string firstName, string phone)
    {
        var at = _store!.Data.Now(HalfAnHourAgo);
        var customer = new JsonObject
        {
            ["id"] = Key(id), ["version"] = 1L, ["email"] = email, ["firstName"] = firstName, ["lastName"] = "Lee", ["createdAt"] = at, ["lastModifiedAt"] = at,
            ["addresses"] = new JsonArray(new JsonObject
            {
                ["id"] = $"addr-{id}", ["firstName"] = firstName, ["lastName"] = "Lee", ["streetName"] = "1 Main St", ["postalCode"] = "62701",
                ["city"] = "Springfield", ["country"] = "US", ["phone"] = phone,
            }),
            ["defaultBillingAddressId"] = $"addr-{id}",
        };
        _store.Data.Customers[Key(id)] = customer;
        return CommerceToolsMapper.Customer(Element(customer), true, Context());
    }

    public override (string? Phone, string? City) Customer(int id)
    {
        var address = _store!.Data.Customers[Key(id)]["addresses"]![0]!;
        return ((string?)address["phone"], (string?)address["city"]);
    }

    public override async ValueTask DisposeAsync()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }
    }

    private static string Key(int id) => $"cust-{id.ToString("D4", CultureInfo.InvariantCulture)}";
}

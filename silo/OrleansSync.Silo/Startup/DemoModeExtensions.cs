using OrleansSync.Gateway.Configuration;

namespace OrleansSync.Silo.Startup;

/// <summary>
/// Zero-configuration first run: with no database and no stores configured, the process serves three demo
/// stores (WooCommerce, Shopify, generic cart) and an admin API with the demo secrets documented in the
/// README, so `dotnet run` can be tried at once. Configuring any store, or a database, turns demo mode off.
/// </summary>
public static class DemoModeExtensions
{
    public const string DemoAdminToken = AdminOptions.DemoToken;

    private static readonly object DemoModeMarker = new();

    /// <summary>Whether <see cref="AddDemoDefaults"/> turned demo mode on for this process.</summary>
    public static bool IsDemoMode(this WebApplicationBuilder builder) => builder.Host.Properties.ContainsKey(DemoModeMarker);

    public static WebApplicationBuilder AddDemoDefaults(this WebApplicationBuilder builder, string portalId)
    {
        var config = builder.Configuration;
        if (!string.IsNullOrWhiteSpace(config["Grid:PostgresConnectionString"]) || config.GetSection("Gateway:Stores").GetChildren().Any())
        {
            return builder;
        }

        var demo = new Dictionary<string, string?>
        {
            ["Gateway:Admin:Token"] = config["Gateway:Admin:Token"] is { Length: > 0 } token ? token : DemoAdminToken,
        };
        var stores = new[] { ("demo-woo", "WooCommerce"), ("demo-shopify", "Shopify"), ("demo-cart", "Generic") };
        for (var i = 0; i < stores.Length; i++)
        {
            demo[$"Gateway:Stores:{i}:Id"] = stores[i].Item1;
            demo[$"Gateway:Stores:{i}:Platform"] = stores[i].Item2;
            demo[$"Gateway:Stores:{i}:Secret"] = $"{stores[i].Item1}-secret";
            demo[$"Gateway:Stores:{i}:PortalId"] = portalId;
            demo[$"Gateway:Stores:{i}:DefaultCurrency"] = "USD";
        }

        config.AddInMemoryCollection(demo);
        builder.Host.Properties[DemoModeMarker] = true;
        return builder;
    }
}

namespace OrleansSync.Workload.Generation;

/// <summary>The products the workload's stores sell: 200 SKUs with fixed prices.</summary>
internal static class Catalog
{
    private static readonly decimal[] Prices = [4.99m, 9.99m, 12.50m, 19.00m, 24.99m, 35.00m, 49.90m, 79.00m, 120.00m, 199.00m];

    public const int Products = 200;

    public static string Sku(int product) => $"WL-{product:D3}";

    public static string Name(int product) => $"Workload item {product}";

    public static decimal Price(int product) => Prices[product % Prices.Length];
}

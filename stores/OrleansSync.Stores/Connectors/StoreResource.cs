namespace OrleansSync.Stores.Connectors;

/// <summary>What a connector reads from a store. <see cref="Changes"/> is a platform change feed (e.g. commercetools Messages).</summary>
public enum StoreResource
{
    Customers,
    Products,
    Orders,
    Carts,
    Changes,
}

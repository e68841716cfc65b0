using System.Text.Json;

namespace OrleansSync.Stores.BigCommerce;

/// <summary>An order as the v2 API gives it in three calls: the order, its product lines and (when refunded) its refunds.</summary>
public sealed record BigCommerceOrderRecord(JsonElement Order, IReadOnlyList<JsonElement> Products, IReadOnlyList<JsonElement> Refunds);

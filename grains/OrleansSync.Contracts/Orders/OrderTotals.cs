namespace OrleansSync.Contracts.Orders;

/// <summary>
/// Order money, each part kept so the deal amount rule (gross or net) is explicit downstream.
/// All amounts are in <see cref="Currency"/>.
/// </summary>
/// <param name="Subtotal">Sum of the lines after line discounts, before shipping and tax.</param>
/// <param name="Tax">Total tax.</param>
/// <param name="Shipping">Shipping charged.</param>
/// <param name="Discount">Total discounts.</param>
/// <param name="Total">What the customer pays (gross).</param>
/// <param name="Currency">ISO 4217 code.</param>
[GenerateSerializer]
public sealed record OrderTotals(
    decimal Subtotal,
    decimal Tax,
    decimal Shipping,
    decimal Discount,
    decimal Total,
    string Currency);

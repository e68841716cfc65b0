namespace OrleansSync.Gateway.Tests.Fuzzing;

/// <summary>A realistic delivery the fuzzer mutates: which endpoint, which topic, and its body as the platform sent it.</summary>
internal sealed record FuzzBase(FuzzEndpoint Endpoint, string Topic, byte[] Body);

internal enum FuzzEndpoint
{
    WooCommerce,
    Shopify,
    GenericLead,
    GenericPurchase,
}

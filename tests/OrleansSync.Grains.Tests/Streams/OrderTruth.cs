using OrleansSync.Grains.Mapping;

namespace OrleansSync.Grains.Tests.Streams;

/// <summary>One order as the store sees it at the end of the stream.</summary>
public sealed record OrderTruth(
    string OrderKey,
    string PersonEmail,
    string Currency,
    DealStage Stage,
    decimal Total,
    decimal Refunded,
    DateTimeOffset? PaidAt,
    IReadOnlyList<string> LineKeys)
{
    public decimal GrossAmount => Stage == DealStage.Refunded ? 0m : Total - Refunded;
}

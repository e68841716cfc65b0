namespace OrleansSync.Gateway.Admin.Deliveries;

/// <summary>A page of kept deliveries; pass <see cref="NextAfterId"/> as <c>afterId</c> for the next page (null = last page).</summary>
public sealed record DeliveryPage(IReadOnlyList<DeliverySummary> Items, long? NextAfterId);

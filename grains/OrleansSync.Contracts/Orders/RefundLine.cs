namespace OrleansSync.Contracts.Orders;

/// <summary>A refunded quantity of one order line.</summary>
/// <param name="LineId">The order line's id.</param>
/// <param name="Amount">Refunded amount for the line, positive, null when the platform does not say.</param>
[GenerateSerializer]
public sealed record RefundLine(string LineId, decimal Quantity, decimal? Amount);

namespace OrleansSync.Gateway.Deliveries;

/// <summary>The 202 answer to an authentic delivery that could not be mapped: it is kept, not appended.</summary>
/// <param name="RecordId">Id of the kept delivery (<c>GET /admin/deliveries/{RecordId}</c>).</param>
public sealed record DeliveryQuarantined(string Status, long RecordId, string Reason);

namespace OrleansSync.Gateway.Admin.Audit;

/// <summary>Endpoint metadata: requests to this endpoint go to the admin audit trail under <see cref="Action"/>.</summary>
/// <param name="Action">What the endpoint does, e.g. <c>dead-letter.replay</c>.</param>
public sealed record AuditedAction(string Action);

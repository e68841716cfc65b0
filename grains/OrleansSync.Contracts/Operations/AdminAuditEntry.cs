namespace OrleansSync.Contracts.Operations;

/// <summary>One admin action: who, what, when, and how it ended.</summary>
/// <param name="Actor">Who: how the admin token was presented (bearer, basic user, dashboard session) and from which address.</param>
/// <param name="Action">What, e.g. <c>dead-letter.replay</c>, <c>gdpr.erase</c>, <c>reconciliation.run</c>.</param>
/// <param name="Target">What it was done to (a dead-letter id, an erase request id, a portal and day); never an email.</param>
/// <param name="Outcome">The HTTP status and its meaning, e.g. "200 OK", "404 Not Found".</param>
public sealed record AdminAuditEntry(long Id, DateTimeOffset At, string Actor, string Action, string? Target, string Outcome);

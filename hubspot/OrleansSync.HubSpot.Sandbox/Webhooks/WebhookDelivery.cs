namespace OrleansSync.HubSpot.Sandbox.Webhooks;

/// <summary>One attempt to deliver webhook events, as the sandbox made it (for tests and the demo).</summary>
public sealed record WebhookDelivery(int Events, int AttemptNumber, int Status, IReadOnlyList<string> SubscriptionTypes);

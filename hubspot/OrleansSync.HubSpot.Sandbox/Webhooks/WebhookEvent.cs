namespace OrleansSync.HubSpot.Sandbox.Webhooks;

/// <summary>One change as HubSpot's webhook reports it; serialised per attempt (with its attemptNumber).</summary>
internal sealed record WebhookEvent(
    long EventId,
    int SubscriptionId,
    long PortalId,
    long AppId,
    long OccurredAt,
    string SubscriptionType,
    long ObjectId,
    string ChangeSource,
    string SourceId,
    string? PropertyName = null,
    string? PropertyValue = null,
    long? PrimaryObjectId = null,
    IReadOnlyList<long>? MergedObjectIds = null,
    long? NewObjectId = null,
    int? NumberOfPropertiesMoved = null,
    string? ChangeFlag = null);

namespace OrleansSync.Grains.Dispatch;

/// <summary>
/// One desired HubSpot write, as a grain records it for its portal (keyed by the bare portal id, e.g. <c>1000001</c>, the
/// same key as the <c>hubspot-portal</c> grain; the retired dispatcher's <c>hubspot:{portal}</c> channel form is gone). Upserts carry the
/// complete desired property set, so the dispatcher keeps only the latest row per object key and a replay is harmless.
/// </summary>
/// <param name="Kind">Upsert, association or behavioural event.</param>
/// <param name="ObjectType">HubSpot object type (upserts), or the "from" type of an association.</param>
/// <param name="IdProperty">Unique property the upsert is keyed by (<c>email</c>, <c>ecom_order_key</c>, ...).</param>
/// <param name="Key">The idProperty value (upserts); the event uuid (events).</param>
/// <param name="Properties">Desired properties (upserts, events). Blank values are never sent.</param>
/// <param name="StageLabel">For deals: the pipeline stage label; the dispatcher sets pipeline and stage ids of the portal.</param>
/// <param name="FromObjectKey">Associations: outbox object key of the "from" object (resolved to its HubSpot id).</param>
/// <param name="ToObjectType">Associations: the "to" object type.</param>
/// <param name="ToObjectKey">Associations: outbox object key of the "to" object.</param>
/// <param name="ToHubSpotId">Associations: the "to" id when the grain already knows it.</param>
/// <param name="AssociationTypeId">Associations: HubSpot-defined association type id.</param>
/// <param name="EventName">Events: the name without the portal's <c>pe{portal}_</c> prefix.</param>
/// <param name="Email">Events: the contact's email.</param>
/// <param name="OccurredAt">Events: when it happened.</param>
/// <param name="RenameFromObjectKey">Contacts: the object key the contact was created under before an email change.</param>
/// <param name="ExistingHubSpotId">
/// Upserts: a record made in HubSpot that this object is (a deal a person created that became the store order). The first
/// write claims it by setting the <paramref name="IdProperty"/> on it, so the upsert updates it instead of creating another.
/// </param>
[GenerateSerializer]
public sealed record HubSpotWrite(
    HubSpotWriteKind Kind,
    string ObjectType,
    string? IdProperty,
    string Key,
    IReadOnlyDictionary<string, string> Properties,
    string? StageLabel = null,
    string? FromObjectKey = null,
    string? ToObjectType = null,
    string? ToObjectKey = null,
    string? ToHubSpotId = null,
    int? AssociationTypeId = null,
    string? EventName = null,
    string? Email = null,
    DateTimeOffset? OccurredAt = null,
    string? RenameFromObjectKey = null,
    string? ExistingHubSpotId = null);

namespace OrleansSync.Contracts.HubSpotChanges;

/// <summary>A change to one HubSpot contact, delivered by HubSpot's webhook; routed by the contact's id.</summary>
public interface IHubSpotContactChange
{
    string PortalId { get; }

    string ContactId { get; }

    DateTimeOffset OccurredAt { get; }
}

namespace OrleansSync.Grains.Ownership;

/// <summary>Which system is the record of truth for one contact property.</summary>
public enum FieldOwner
{
    /// <summary>The store: HubSpot's edits are overwritten with the store's value and never written back.</summary>
    Store,

    /// <summary>HubSpot: OrleansSync never writes it (once HubSpot set it) and never copies it to a store.</summary>
    HubSpot,

    /// <summary>Both: the later change wins (HubSpot's <c>occurredAt</c> against the store record's modified time).</summary>
    Shared,
}

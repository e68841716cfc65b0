namespace OrleansSync.Grains.Ownership;

/// <summary>
/// Who owns each contact property (section <c>FieldOwnership</c>). Defaults, from the integration's specification: email,
/// name, phone and address are shared (changes in HubSpot go back to the store, the later change wins); lifecycle stage,
/// lead status and subscription preferences belong to HubSpot; everything else the sync computes from store data
/// (order statistics, <c>ecom_*</c>, company) belongs to the store.
/// </summary>
public sealed class FieldOwnershipOptions
{
    public const string SectionName = "FieldOwnership";

    public static IReadOnlyDictionary<string, FieldOwner> Defaults { get; } = new Dictionary<string, FieldOwner>(StringComparer.Ordinal)
    {
        ["email"] = FieldOwner.Shared,
        ["firstname"] = FieldOwner.Shared,
        ["lastname"] = FieldOwner.Shared,
        ["phone"] = FieldOwner.Shared,
        ["address"] = FieldOwner.Shared,
        ["city"] = FieldOwner.Shared,
        ["state"] = FieldOwner.Shared,
        ["zip"] = FieldOwner.Shared,
        ["country"] = FieldOwner.Shared,
        ["lifecyclestage"] = FieldOwner.HubSpot,
        ["hs_lead_status"] = FieldOwner.HubSpot,
        ["hs_email_optout"] = FieldOwner.HubSpot,
    };

    /// <summary>Overrides by the sync's property name (before any <c>SyncMapping:PropertyNames</c> rename), e.g. <c>FieldOwnership:Contact:phone = Store</c>. Default none.</summary>
    public Dictionary<string, FieldOwner> Contact { get; set; } = new(StringComparer.Ordinal);

    public FieldOwner Of(string property) =>
        Contact.TryGetValue(property, out var owner) ? owner
        : Defaults.TryGetValue(property, out var standard) ? standard
        : property.StartsWith("hs_", StringComparison.Ordinal) ? FieldOwner.HubSpot
        : FieldOwner.Store;
}

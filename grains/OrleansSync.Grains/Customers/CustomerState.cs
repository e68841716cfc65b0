using OrleansSync.Contracts.Customers;
using OrleansSync.Grains.Mapping;

namespace OrleansSync.Grains.Customers;

/// <summary>Durable state of one person in one portal (keyed by normalised email).</summary>
[GenerateSerializer(GenerateFieldIds = GenerateFieldIds.PublicProperties)]
[Alias("customer-state.v1")]
public sealed class CustomerState
{
    public string? PortalId { get; set; }

    public string? Email { get; set; }

    /// <summary>The store changed this person's email: everything is forwarded to the identity with this email.</summary>
    public string? MovedTo { get; set; }

    /// <summary>The contact was created under this email; the next upserts rename it (email change).</summary>
    public string? RenameFrom { get; set; }

    public string? HubSpotId { get; set; }

    public bool ContactEmitted { get; set; }

    public bool Deleted { get; set; }

    public Dictionary<string, FieldValue> Fields { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Alias grain keys (store platform ids, utk) this identity claimed.</summary>
    public HashSet<string> Aliases { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Alias claims not yet answered; the contact is not written before, so an email change never makes a second contact.</summary>
    public HashSet<string> PendingAliases { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Waiting for the old identity's hand-over before writing the contact.</summary>
    public string? AwaitingTransferFrom { get; set; }

    public ConsentState Consent { get; set; }

    public string? ConsentSource { get; set; }

    public DateTimeOffset? ConsentAt { get; set; }

    public bool IsLead { get; set; }

    public string? Company { get; set; }

    public Dictionary<string, OrderEntry> Orders { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Order grains waiting for the contact's HubSpot id.</summary>
    public HashSet<string> WaitingOrders { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Open carts (grain keys) a purchase must close.</summary>
    public HashSet<string> OpenCarts { get; set; } = new(StringComparer.Ordinal);

    public CartRecord? AbandonedCart { get; set; }

    /// <summary>Abandonments already handled (cart key/generation), so one fires once.</summary>
    public HashSet<string> HandledAbandonments { get; set; } = new(StringComparer.Ordinal);

    public int RecoveredCarts { get; set; }

    public LifecycleStatus? HighestLifecycleSent { get; set; }

    public bool Dirty { get; set; }

    /// <summary>Someone set the lifecycle stage in HubSpot: HubSpot owns it from then on and contact writes leave it out.</summary>
    public bool LifecycleStageSetInHubSpot { get; set; }

    /// <summary>Per store id, the shared fields of the last write-backs to it (newest last), until the store's webhook echoing one arrives.</summary>
    public Dictionary<string, List<Dictionary<string, string>>> StoreWriteBacks { get; set; } = new(StringComparer.Ordinal);
}

using OrleansSync.HubSpot.Sandbox.Associations;
using OrleansSync.HubSpot.Sandbox.Faults;
using OrleansSync.HubSpot.Sandbox.Inspection;
using OrleansSync.HubSpot.Sandbox.Objects;
using OrleansSync.HubSpot.Sandbox.Pipelines;
using OrleansSync.HubSpot.Sandbox.Properties;
using OrleansSync.HubSpot.Sandbox.RateLimiting;
using OrleansSync.HubSpot.Sandbox.Webhooks;

namespace OrleansSync.HubSpot.Sandbox.Portals;

/// <summary>
/// One HubSpot account in the sandbox: its records, schema, pipelines, associations, limits, faults and call log.
/// The public members are the inspection and seeding surface for tests and demos.
/// </summary>
public sealed class SandboxPortal
{
    internal SandboxPortal(SandboxPortalOptions options, TimeProvider time, int seed, WebhookSender sender, CancellationToken stopping)
    {
        Webhooks = new WebhookOutbox(options, sender, stopping);
        Options = options;
        Time = time;
        Dice = new Random(seed);
        Limits = new PortalRateLimits(options);
        Schema = new PropertyCatalog(time.GetUtcNow());
    }

    public long PortalId => Options.PortalId;

    public string AccessToken => Options.AccessToken;

    /// <summary>Fault knobs for this portal; change them at any time.</summary>
    public FaultKnobs Faults { get; } = new();

    internal SandboxPortalOptions Options { get; }

    internal TimeProvider Time { get; }

    internal Lock Gate { get; } = new();

    internal Random Dice { get; }

    internal PortalRateLimits Limits { get; }

    internal CrmObjectStore Store { get; } = new();

    internal PropertyCatalog Schema { get; }

    internal PipelineCatalog Pipelines { get; } = new();

    internal AssociationStore Links { get; } = new();

    internal CallLog CallLog { get; } = new();

    internal List<SandboxEvent> EventLog { get; } = [];

    internal HashSet<string> EventUuids { get; } = new(StringComparer.Ordinal);

    internal WebhookOutbox Webhooks { get; }

    internal HashSet<string> GdprBlocklist { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Live records of one object type (<c>contacts</c>, <c>deals</c>, <c>0-8</c>…).</summary>
    public IReadOnlyList<SandboxRecord> Objects(string objectType)
    {
        var type = ObjectType.Find(objectType) ?? throw new ArgumentException($"Unknown object type '{objectType}'.", nameof(objectType));
        lock (Gate)
        {
            return [.. Store.All(type).Select(r => r.Snapshot())];
        }
    }

    public IReadOnlyList<SandboxAssociation> Associations()
    {
        lock (Gate)
        {
            return Links.All();
        }
    }

    public IReadOnlyList<SandboxEvent> Events()
    {
        lock (Gate)
        {
            return [.. EventLog];
        }
    }

    /// <summary>Every API call answered so far, in arrival order.</summary>
    public IReadOnlyList<SandboxCall> Calls() => CallLog.Snapshot();

    public void ClearCalls() => CallLog.Clear();

    /// <summary>Stores a record directly, bypassing the API, limits and validation (test data).</summary>
    public SandboxRecord Seed(string objectType, IReadOnlyDictionary<string, string> properties)
    {
        var type = ObjectType.Find(objectType) ?? throw new ArgumentException($"Unknown object type '{objectType}'.", nameof(objectType));
        lock (Gate)
        {
            return RecordWriter.Create(this, type, properties).Snapshot();
        }
    }

    /// <summary>Webhook deliveries attempted so far (when <see cref="SandboxPortalOptions.WebhookTargetUrl"/> is set).</summary>
    public IReadOnlyList<WebhookDelivery> WebhookDeliveries() => Webhooks.Deliveries();

    /// <summary>Webhook events queued or being sent.</summary>
    public int PendingWebhooks => Webhooks.Pending;

    /// <summary>Changes a record as a sales rep would in HubSpot's UI (webhooks say <c>CRM_UI</c>, <c>userId:…</c>); no schema checks.</summary>
    public SandboxRecord EditAsSalesRep(string objectType, string id, IReadOnlyDictionary<string, string> properties, long userId = 1)
    {
        lock (Gate)
        {
            var record = Existing(objectType, id);
            using (ChangeActor.AsSalesRep(userId))
            {
                RecordWriter.Apply(this, record, properties);
            }

            return record.Snapshot();
        }
    }

    /// <summary>
    /// Creates a deal as a sales rep would in HubSpot's UI, with its line items (created with it) and optionally its contact,
    /// all at once: the <c>deal.creation</c> webhook (<c>CRM_UI</c>) is sent after everything is in place.
    /// </summary>
    public SandboxRecord CreateDealAsSalesRep(IReadOnlyDictionary<string, string> deal, IReadOnlyList<IReadOnlyDictionary<string, string>> lineItems, string? contactId = null, long userId = 1)
    {
        lock (Gate)
        {
            var contact = contactId is null ? null : Existing("contacts", contactId);
            using (ChangeActor.AsSalesRep(userId))
            {
                var lines = lineItems.Select(l => RecordWriter.Create(this, ObjectType.LineItems, l)).ToList();
                var record = RecordWriter.Create(this, ObjectType.Deals, deal);
                foreach (var line in lines)
                {
                    Links.Add(ObjectType.Deals, record.Id, ObjectType.LineItems, line.Id, AssociationTypes.Default(ObjectType.Deals, ObjectType.LineItems) ?? 19, "HUBSPOT_DEFINED");
                }

                if (contact is not null)
                {
                    Links.Add(ObjectType.Deals, record.Id, ObjectType.Contacts, contact.Id, AssociationTypes.Default(ObjectType.Deals, ObjectType.Contacts) ?? 3, "HUBSPOT_DEFINED");
                }

                return record.Snapshot();
            }
        }
    }

    /// <summary>Merges contact <paramref name="otherId"/> into <paramref name="primaryId"/> as a sales rep would; the primary survives.</summary>
    public SandboxRecord MergeContactsAsSalesRep(string primaryId, string otherId, long userId = 1)
    {
        lock (Gate)
        {
            var primary = Existing("contacts", primaryId);
            var other = Existing("contacts", otherId);
            using (ChangeActor.AsSalesRep(userId))
            {
                RecordMerger.Merge(this, ObjectType.Contacts, primary, other);
            }

            return primary.Snapshot();
        }
    }

    /// <summary>Deletes (archives) a record as a sales rep would.</summary>
    public void DeleteAsSalesRep(string objectType, string id, long userId = 1)
    {
        lock (Gate)
        {
            var record = Existing(objectType, id);
            using (ChangeActor.AsSalesRep(userId))
            {
                RecordWriter.Remove(this, record);
            }
        }
    }

    private CrmRecord Existing(string objectType, string id)
    {
        var type = ObjectType.Find(objectType) ?? throw new ArgumentException($"Unknown object type '{objectType}'.", nameof(objectType));
        return Store.Find(type, id) ?? throw new KeyNotFoundException($"No {type.Singular} {id}.");
    }
}

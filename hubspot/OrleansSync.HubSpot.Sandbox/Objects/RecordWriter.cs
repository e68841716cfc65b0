using System.Globalization;
using System.Text.Json;
using OrleansSync.HubSpot.Sandbox.Api;
using OrleansSync.HubSpot.Sandbox.Portals;
using OrleansSync.HubSpot.Sandbox.Properties;
using OrleansSync.HubSpot.Sandbox.Webhooks;

namespace OrleansSync.HubSpot.Sandbox.Objects;

/// <summary>Checks and applies record writes. Callers hold the portal's gate.</summary>
internal static class RecordWriter
{
    /// <summary>Property values are strings on the wire; numbers and booleans are accepted on input.</summary>
    public static Dictionary<string, string> ToValues(Dictionary<string, JsonElement>? properties)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, element) in properties ?? [])
        {
            values[name] = element.ValueKind switch
            {
                JsonValueKind.String => element.GetString()!,
                JsonValueKind.True => "true",
                JsonValueKind.False => "false",
                JsonValueKind.Null or JsonValueKind.Undefined => "",
                _ => element.GetRawText(),
            };
        }

        return values;
    }

    /// <summary>
    /// Checks one write against the schema, the unique indexes and the values other inputs of the same batch
    /// claimed (<paramref name="claims"/>), and records its own claims.
    /// </summary>
    public static WritePlan Check(SandboxPortal portal, ObjectType type, int index, CrmRecord? target, Dictionary<string, string> values, string? traceId, Dictionary<(string, string), int> claims)
    {
        WritePlan Fail(int status, ErrorWire error) =>
            new(index, target, values, traceId, status, traceId is null ? error : error with { Context = new() { ["objectWriteTraceId"] = [traceId] } });

        var invalid = PropertyValidator.Validate(portal, type, values, target);
        if (invalid.Count > 0)
        {
            return Fail(400, HubSpotErrors.InvalidProperties(invalid));
        }

        if (type == ObjectType.Contacts && values.GetValueOrDefault("email") is { Length: > 0 } email && portal.GdprBlocklist.Contains(email))
        {
            return Fail(400, HubSpotErrors.Error("VALIDATION_ERROR", $"Email address {email} was permanently deleted under GDPR and cannot be used again."));
        }

        foreach (var property in portal.Schema.UniqueNames(type))
        {
            if (values.GetValueOrDefault(property) is not { Length: > 0 } value)
            {
                continue;
            }

            foreach (var single in CrmObjectStore.SplitUnique(property, value))
            {
                var key = (property, CrmObjectStore.Normalize(property, single));
                var holder = portal.Store.FindUnique(type, property, single);
                if (holder is not null && holder != target?.Id)
                {
                    return Fail(409, HubSpotErrors.Error("CONFLICT", type == ObjectType.Contacts && property is "email" or "hs_additional_emails"
                        ? $"Contact already exists. Existing ID: {holder}"
                        : $"A {type.Singular} with {property} {single} already exists. Existing ID: {holder}"));
                }

                if (claims.TryGetValue(key, out var other) && other != index)
                {
                    return Fail(409, HubSpotErrors.Error("CONFLICT", $"{property} {single} is used by more than one input of this batch."));
                }
            }
        }

        foreach (var property in portal.Schema.UniqueNames(type))
        {
            if (values.GetValueOrDefault(property) is { Length: > 0 } value)
            {
                foreach (var single in CrmObjectStore.SplitUnique(property, value))
                {
                    claims[(property, CrmObjectStore.Normalize(property, single))] = index;
                }
            }
        }

        return new WritePlan(index, target, values, traceId);
    }

    public static CrmRecord Create(SandboxPortal portal, ObjectType type, IReadOnlyDictionary<string, string> values)
    {
        var now = portal.Time.GetUtcNow();
        var record = new CrmRecord(type, portal.Store.NextId(), now);
        portal.Store.Add(record);
        record.Properties["hs_object_id"] = record.Id;
        record.Properties["createdate"] = HubSpotErrors.Iso(now);
        record.Properties["hs_createdate"] = HubSpotErrors.Iso(now);
        ApplyValues(portal, record, values);
        CrmChangeAnnouncer.Created(portal, record);
        return record;
    }

    public static void Apply(SandboxPortal portal, CrmRecord record, IReadOnlyDictionary<string, string> values)
    {
        var before = CrmChangeAnnouncer.Before(portal, record);
        ApplyValues(portal, record, values);
        CrmChangeAnnouncer.Changed(portal, record, before);
    }

    private static void ApplyValues(SandboxPortal portal, CrmRecord record, IReadOnlyDictionary<string, string> values)
    {
        var unique = portal.Schema.UniqueNames(record.Type).ToHashSet(StringComparer.Ordinal);
        foreach (var (name, raw) in values)
        {
            var value = name is "email" ? raw.Trim().ToLowerInvariant() : raw;
            if (name == "lifecyclestage" && IsBackwards(record.Properties.GetValueOrDefault(name), value))
            {
                continue;
            }

            portal.Store.Set(record, name, value, unique.Contains(name));
        }

        if (record.Type == ObjectType.Deals && record.Properties.ContainsKey("dealstage") && !record.Properties.ContainsKey("pipeline"))
        {
            record.Properties["pipeline"] = "default";
        }

        if (record.Type == ObjectType.LineItems && Number(record, "quantity") is { } quantity && Number(record, "price") is { } price)
        {
            var amount = (quantity * price) - (quantity * (Number(record, "discount") ?? 0));
            record.Properties["amount"] = amount.ToString(CultureInfo.InvariantCulture);
        }

        var now = portal.Time.GetUtcNow();
        record.UpdatedAt = now;
        record.Properties["lastmodifieddate"] = HubSpotErrors.Iso(now);
        record.Properties["hs_lastmodifieddate"] = HubSpotErrors.Iso(now);
    }

    /// <summary>Deletes a record; <paramref name="announce"/> is false when it lives on in another (a merge): no deletion webhook then.</summary>
    public static void Remove(SandboxPortal portal, CrmRecord record, bool announce = true)
    {
        portal.Store.Remove(record, portal.Schema.UniqueNames(record.Type));
        portal.Links.RemoveRecord(record.Type, record.Id);
        if (announce)
        {
            CrmChangeAnnouncer.Deleted(portal, record);
        }
    }

    /// <summary>Lifecycle stage only moves forward through the API; a backward write without clearing first is ignored.</summary>
    private static bool IsBackwards(string? current, string next)
    {
        var order = StandardProperties.LifecycleOrder;
        var from = current is null ? -1 : IndexOf(order, current);
        var to = IndexOf(order, next);
        return next.Length > 0 && from >= 0 && to >= 0 && current != "other" && next != "other" && to < from;
    }

    private static int IndexOf(IReadOnlyList<string> list, string value)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] == value)
            {
                return i;
            }
        }

        return -1;
    }

    private static decimal? Number(CrmRecord record, string name) =>
        record.Properties.TryGetValue(name, out var v) && decimal.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : null;
}

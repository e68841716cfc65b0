namespace OrleansSync.HubSpot.Sandbox.Objects;

/// <summary>Records of one portal with unique-value indexes. Only touched under the portal's gate.</summary>
internal sealed class CrmObjectStore
{
    private readonly Dictionary<string, Dictionary<string, CrmRecord>> _records = new(StringComparer.Ordinal);
    private readonly Dictionary<(string TypeId, string Property, string Value), string> _unique = [];
    private long _nextId = 10_000_001;

    public string NextId() => (_nextId++).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public IEnumerable<CrmRecord> All(ObjectType type) => Table(type).Values;

    public CrmRecord? Find(ObjectType type, string id) => Table(type).GetValueOrDefault(id);

    /// <summary>The id of the record holding a unique value, if any (emails match case-insensitively).</summary>
    public string? FindUnique(ObjectType type, string property, string value) =>
        _unique.GetValueOrDefault((type.TypeId, property, Normalize(property, value)));

    public void Add(CrmRecord record) => Table(record.Type)[record.Id] = record;

    public void Remove(CrmRecord record, IEnumerable<string> uniqueProperties)
    {
        Table(record.Type).Remove(record.Id);
        foreach (var property in uniqueProperties)
        {
            Unindex(record, property);
        }
    }

    /// <summary>Sets a property value and keeps the unique index for it in step.</summary>
    public void Set(CrmRecord record, string property, string value, bool unique)
    {
        if (unique)
        {
            Unindex(record, property);
        }

        if (value.Length == 0)
        {
            record.Properties.Remove(property);
            return;
        }

        record.Properties[property] = value;
        if (unique)
        {
            foreach (var single in SplitUnique(property, value))
            {
                _unique[(record.Type.TypeId, property, Normalize(property, single))] = record.Id;
            }
        }
    }

    public static IEnumerable<string> SplitUnique(string property, string value) =>
        property == "hs_additional_emails" ? value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [value];

    public static string Normalize(string property, string value) =>
        property is "email" or "hs_additional_emails" ? value.Trim().ToLowerInvariant() : value;

    private void Unindex(CrmRecord record, string property)
    {
        if (record.Properties.TryGetValue(property, out var old))
        {
            foreach (var single in SplitUnique(property, old))
            {
                _unique.Remove((record.Type.TypeId, property, Normalize(property, single)));
            }
        }
    }

    private Dictionary<string, CrmRecord> Table(ObjectType type)
    {
        if (!_records.TryGetValue(type.TypeId, out var table))
        {
            table = new Dictionary<string, CrmRecord>(StringComparer.Ordinal);
            _records[type.TypeId] = table;
        }

        return table;
    }
}

using OrleansSync.HubSpot.Sandbox.Objects;

namespace OrleansSync.HubSpot.Sandbox.Properties;

/// <summary>A portal's property definitions and groups, seeded with the HubSpot-defined ones the sync touches.</summary>
internal sealed class PropertyCatalog
{
    /// <summary>HubSpot allows at most ten unique-value properties per object.</summary>
    public const int MaxUniqueProperties = 10;

    private readonly Dictionary<string, Dictionary<string, PropertyDefinition>> _properties = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, PropertyGroup>> _groups = new(StringComparer.Ordinal);

    public PropertyCatalog(DateTimeOffset seededAt)
    {
        foreach (var type in ObjectType.All)
        {
            _properties[type.TypeId] = new Dictionary<string, PropertyDefinition>(StringComparer.Ordinal);
            _groups[type.TypeId] = new Dictionary<string, PropertyGroup>(StringComparer.Ordinal);
            StandardProperties.Seed(type, this, seededAt);
        }
    }

    public IEnumerable<PropertyDefinition> All(ObjectType type) => _properties[type.TypeId].Values.Where(p => !p.Archived);

    public PropertyDefinition? Find(ObjectType type, string name) =>
        _properties[type.TypeId].TryGetValue(name, out var p) && !p.Archived ? p : null;

    public PropertyDefinition? FindIncludingArchived(ObjectType type, string name) => _properties[type.TypeId].GetValueOrDefault(name);

    public void Add(ObjectType type, PropertyDefinition property) => _properties[type.TypeId][property.Name] = property;

    public int UniqueCount(ObjectType type) => All(type).Count(p => p.HasUniqueValue && !p.HubSpotDefined);

    /// <summary>The names HubSpot accepts as <c>idProperty</c> for upserts: contact email and unique-value properties.</summary>
    public bool IsUniqueIdentifier(ObjectType type, string name) =>
        (type == ObjectType.Contacts && name == "email") || Find(type, name) is { HasUniqueValue: true };

    /// <summary>Properties whose values are indexed for uniqueness (email and secondary emails included).</summary>
    public IEnumerable<string> UniqueNames(ObjectType type) =>
        All(type).Where(p => p.HasUniqueValue).Select(p => p.Name);

    public IEnumerable<PropertyGroup> Groups(ObjectType type) => _groups[type.TypeId].Values.Where(g => !g.Archived);

    public PropertyGroup? FindGroup(ObjectType type, string name) =>
        _groups[type.TypeId].TryGetValue(name, out var g) && !g.Archived ? g : null;

    public void AddGroup(ObjectType type, PropertyGroup group) => _groups[type.TypeId][group.Name] = group;
}

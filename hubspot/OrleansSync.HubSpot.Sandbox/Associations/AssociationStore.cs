using OrleansSync.HubSpot.Sandbox.Inspection;
using OrleansSync.HubSpot.Sandbox.Objects;

namespace OrleansSync.HubSpot.Sandbox.Associations;

/// <summary>A portal's directed associations. Only touched under the portal's gate.</summary>
internal sealed class AssociationStore
{
    private readonly HashSet<SandboxAssociation> _links = [];

    public IReadOnlyList<SandboxAssociation> All() => [.. _links];

    /// <summary>Adds the association and, for HubSpot-defined types, its reverse. Returns false if it already existed.</summary>
    public bool Add(ObjectType from, string fromId, ObjectType to, string toId, int typeId, string category)
    {
        var added = _links.Add(new SandboxAssociation(from.Name, fromId, to.Name, toId, typeId, category));
        if (category == "HUBSPOT_DEFINED" && AssociationTypes.Reverse(from, to, typeId) is { } reverse)
        {
            _links.Add(new SandboxAssociation(to.Name, toId, from.Name, fromId, reverse, category));
        }

        return added;
    }

    public IEnumerable<SandboxAssociation> From(ObjectType from, string fromId, ObjectType to) =>
        _links.Where(l => l.FromObjectType == from.Name && l.FromId == fromId && l.ToObjectType == to.Name);

    /// <summary>Removes every type between the pair, both directions.</summary>
    public void RemovePair(ObjectType from, string fromId, ObjectType to, string toId) =>
        _links.RemoveWhere(l =>
            (l.FromObjectType == from.Name && l.FromId == fromId && l.ToObjectType == to.Name && l.ToId == toId)
            || (l.FromObjectType == to.Name && l.FromId == toId && l.ToObjectType == from.Name && l.ToId == fromId));

    /// <summary>Deleting a record removes its associations.</summary>
    public void RemoveRecord(ObjectType type, string id) =>
        _links.RemoveWhere(l => (l.FromObjectType == type.Name && l.FromId == id) || (l.ToObjectType == type.Name && l.ToId == id));

    /// <summary>Merge: the absorbed record's associations move to the survivor.</summary>
    public void Move(ObjectType type, string fromId, string toId)
    {
        var moved = _links.Where(l => (l.FromObjectType == type.Name && l.FromId == fromId) || (l.ToObjectType == type.Name && l.ToId == fromId)).ToList();
        foreach (var link in moved)
        {
            _links.Remove(link);
            var relinked = link with
            {
                FromId = link.FromObjectType == type.Name && link.FromId == fromId ? toId : link.FromId,
                ToId = link.ToObjectType == type.Name && link.ToId == fromId ? toId : link.ToId,
            };
            if (!(relinked.FromObjectType == relinked.ToObjectType && relinked.FromId == relinked.ToId))
            {
                _links.Add(relinked);
            }
        }
    }
}

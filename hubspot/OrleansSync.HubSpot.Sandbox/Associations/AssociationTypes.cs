using OrleansSync.HubSpot.Sandbox.Objects;

namespace OrleansSync.HubSpot.Sandbox.Associations;

/// <summary>HubSpot-defined association type ids (directional), from the associations v4 reference table.</summary>
internal static class AssociationTypes
{
    private static readonly (ObjectType From, ObjectType To, int TypeId, string? Label, bool IsDefault)[] Table =
    [
        (ObjectType.Contacts, ObjectType.Companies, 279, null, true), (ObjectType.Companies, ObjectType.Contacts, 280, null, true),
        (ObjectType.Contacts, ObjectType.Companies, 1, "Primary", false), (ObjectType.Companies, ObjectType.Contacts, 2, "Primary", false),
        (ObjectType.Deals, ObjectType.Contacts, 3, null, true), (ObjectType.Contacts, ObjectType.Deals, 4, null, true),
        (ObjectType.Deals, ObjectType.Companies, 341, null, true), (ObjectType.Companies, ObjectType.Deals, 342, null, true),
        (ObjectType.Deals, ObjectType.Companies, 5, "Primary", false), (ObjectType.Companies, ObjectType.Deals, 6, "Primary", false),
        (ObjectType.Deals, ObjectType.LineItems, 19, null, true), (ObjectType.LineItems, ObjectType.Deals, 20, null, true),
        (ObjectType.Orders, ObjectType.Contacts, 507, null, true), (ObjectType.Contacts, ObjectType.Orders, 508, null, true),
        (ObjectType.Orders, ObjectType.Companies, 509, null, true), (ObjectType.Companies, ObjectType.Orders, 510, null, true),
        (ObjectType.Orders, ObjectType.Deals, 512, null, true), (ObjectType.Deals, ObjectType.Orders, 511, null, true),
        (ObjectType.Orders, ObjectType.LineItems, 513, null, true), (ObjectType.LineItems, ObjectType.Orders, 514, null, true),
        (ObjectType.Orders, ObjectType.Carts, 593, null, true), (ObjectType.Carts, ObjectType.Orders, 592, null, true),
        (ObjectType.Carts, ObjectType.Contacts, 586, null, true), (ObjectType.Contacts, ObjectType.Carts, 587, null, true),
        (ObjectType.Carts, ObjectType.LineItems, 590, null, true), (ObjectType.LineItems, ObjectType.Carts, 591, null, true),
        (ObjectType.Contacts, ObjectType.Contacts, 449, null, true), (ObjectType.Companies, ObjectType.Companies, 450, null, true),
        (ObjectType.Deals, ObjectType.Deals, 451, null, true),
    ];

    /// <summary>The label of a HubSpot-defined type valid from <paramref name="from"/> to <paramref name="to"/>; false when the pair does not allow it.</summary>
    public static bool IsValid(ObjectType from, ObjectType to, int typeId, out string? label)
    {
        foreach (var row in Table)
        {
            if (row.From == from && row.To == to && row.TypeId == typeId)
            {
                label = row.Label;
                return true;
            }
        }

        label = null;
        return false;
    }

    /// <summary>The unlabeled (default) type id for a pair, if HubSpot defines one.</summary>
    public static int? Default(ObjectType from, ObjectType to) =>
        Table.Where(r => r.From == from && r.To == to && r.IsDefault).Select(r => (int?)r.TypeId).FirstOrDefault();

    /// <summary>The reverse type of a HubSpot-defined type (279 → 280).</summary>
    public static int? Reverse(ObjectType from, ObjectType to, int typeId)
    {
        IsValid(from, to, typeId, out var label);
        return Table.Where(r => r.From == to && r.To == from && r.Label == label && (from != to || r.TypeId == typeId))
            .Select(r => (int?)r.TypeId).FirstOrDefault();
    }

    public static IEnumerable<(int TypeId, string? Label)> Labels(ObjectType from, ObjectType to) =>
        Table.Where(r => r.From == from && r.To == to).Select(r => (r.TypeId, r.Label));
}

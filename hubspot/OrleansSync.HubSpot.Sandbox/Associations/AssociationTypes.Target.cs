using OrleansSync.HubSpot.Sandbox.Objects;

namespace OrleansSync.HubSpot.Sandbox.Associations;

internal static partial class AssociationTypesLookup
{
    /// <summary>The object type a HubSpot-defined type id points to when it starts at <paramref name="from"/>.</summary>
    public static ObjectType? TargetOf(ObjectType from, int typeId) =>
        ObjectType.All.FirstOrDefault(to => AssociationTypes.IsValid(from, to, typeId, out _));
}

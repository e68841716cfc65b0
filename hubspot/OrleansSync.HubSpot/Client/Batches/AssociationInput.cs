namespace OrleansSync.HubSpot;

/// <summary>One association to create between two HubSpot record ids, with a HubSpot-defined (directional) type id.</summary>
public sealed record AssociationInput(string FromId, string ToId, int AssociationTypeId, string Category = "HUBSPOT_DEFINED")
{
    /// <summary>The key used in <see cref="BatchResult"/>: <c>from-&gt;to</c>.</summary>
    public string Key => $"{FromId}->{ToId}";
}

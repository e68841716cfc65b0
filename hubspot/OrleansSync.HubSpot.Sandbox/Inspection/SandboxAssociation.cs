namespace OrleansSync.HubSpot.Sandbox.Inspection;

/// <summary>One directed association (with its type id) between two records.</summary>
public sealed record SandboxAssociation(
    string FromObjectType,
    string FromId,
    string ToObjectType,
    string ToId,
    int AssociationTypeId,
    string Category);

namespace OrleansSync.HubSpot.Client.Json;

internal sealed record IdWire(string Id);

internal sealed record AssociationSpecWire(string AssociationCategory, int AssociationTypeId);

internal sealed record AssociationCreateWire(IdWire From, IdWire To, IReadOnlyList<AssociationSpecWire> Types);

internal sealed record LabelsBetweenWire(string? FromObjectId, string? ToObjectId);

internal sealed record AssociationBatchResponseWire(List<LabelsBetweenWire>? Results, List<ErrorWire>? Errors);

namespace OrleansSync.HubSpot.Client.Json;

internal sealed record PagingNextWire(string? After);

internal sealed record PagingWire(PagingNextWire? Next);

internal sealed record ListResponseWire(List<ObjectWire>? Results, PagingWire? Paging);

internal sealed record AssociationReadInputWire(string Id);

internal sealed record AssociatedToWire(string ToObjectId);

internal sealed record AssociationReadResultWire(IdWire From, List<AssociatedToWire>? To);

internal sealed record AssociationReadResponseWire(List<AssociationReadResultWire>? Results);

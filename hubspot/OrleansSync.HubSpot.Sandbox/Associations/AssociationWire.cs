using OrleansSync.HubSpot.Sandbox.Objects;

namespace OrleansSync.HubSpot.Sandbox.Associations;

internal sealed class AssociationBatchInputWire
{
    public List<AssociationInputWire>? Inputs { get; set; }
}

internal sealed class AssociationInputWire
{
    public IdWire? From { get; set; }

    public IdWire? To { get; set; }

    public List<AssociationTypeWire>? Types { get; set; }

    public string? Id { get; set; }

    public string? After { get; set; }
}

internal sealed class AssociationArchiveBatchWire
{
    public List<AssociationArchiveInputWire>? Inputs { get; set; }
}

internal sealed class AssociationArchiveInputWire
{
    public IdWire? From { get; set; }

    public List<IdWire>? To { get; set; }
}

internal sealed record IdOutputWire(string Id);

internal sealed record AssociationSpecWire(string AssociationCategory, int AssociationTypeId);

internal sealed record DefaultAssociationWire(IdOutputWire From, IdOutputWire To, AssociationSpecWire AssociationSpec);

internal sealed record LabelsBetweenPairWire(string FromObjectTypeId, string FromObjectId, string ToObjectTypeId, string ToObjectId, List<string> Labels);

internal sealed record AssociationTypeOutputWire(string Category, int TypeId, string? Label);

internal sealed record AssociatedToWire(string ToObjectId, List<AssociationTypeOutputWire> AssociationTypes);

internal sealed record AssociationReadResultWire(IdOutputWire From, List<AssociatedToWire> To);

internal sealed record AssociationBatchOutputWire<T>
{
    public string Status { get; init; } = "COMPLETE";

    public required List<T> Results { get; init; }

    public required string StartedAt { get; init; }

    public required string CompletedAt { get; init; }

    public int? NumErrors { get; init; }

    public List<Api.ErrorWire>? Errors { get; init; }
}

internal sealed record LabelWire(string Category, int TypeId, string? Label);

internal sealed record LabelListWire(List<LabelWire> Results);

internal sealed record AssociationListOutputWire(List<AssociatedToWire> Results);

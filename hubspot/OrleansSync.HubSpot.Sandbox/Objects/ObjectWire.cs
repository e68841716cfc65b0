using System.Text.Json;
using System.Text.Json.Serialization;

namespace OrleansSync.HubSpot.Sandbox.Objects;

internal sealed class ObjectInputWire
{
    public string? Id { get; set; }

    public string? IdProperty { get; set; }

    public string? ObjectWriteTraceId { get; set; }

    public Dictionary<string, JsonElement>? Properties { get; set; }

    public List<CreateAssociationWire>? Associations { get; set; }
}

internal sealed class BatchInputWire
{
    public List<ObjectInputWire>? Inputs { get; set; }

    public List<string>? Properties { get; set; }

    public string? IdProperty { get; set; }
}

internal sealed class CreateAssociationWire
{
    public IdWire? To { get; set; }

    public List<AssociationTypeWire>? Types { get; set; }
}

internal sealed class IdWire
{
    public string? Id { get; set; }

    public string? After { get; set; }
}

internal sealed class AssociationTypeWire
{
    public string? AssociationCategory { get; set; }

    public int AssociationTypeId { get; set; }
}

internal sealed record ObjectOutputWire
{
    public required string Id { get; init; }

    public required Dictionary<string, string> Properties { get; init; }

    public required string CreatedAt { get; init; }

    public required string UpdatedAt { get; init; }

    public bool Archived { get; init; }

    [JsonPropertyName("new")]
    public bool? IsNew { get; init; }

    public string? ObjectWriteTraceId { get; init; }

    public Dictionary<string, AssociationListWire>? Associations { get; init; }
}

internal sealed record AssociationListWire(List<AssociatedIdWire> Results);

internal sealed record AssociatedIdWire(string Id, string Type);

internal sealed record BatchOutputWire
{
    public string Status { get; init; } = "COMPLETE";

    public required List<ObjectOutputWire> Results { get; init; }

    public required string StartedAt { get; init; }

    public required string CompletedAt { get; init; }

    public int? NumErrors { get; init; }

    public List<Api.ErrorWire>? Errors { get; init; }
}

internal sealed record ListOutputWire(List<ObjectOutputWire> Results, PagingWire? Paging);

internal sealed record PagingWire(PagingNextWire Next);

internal sealed record PagingNextWire(string After, string? Link = null);

internal sealed class MergeInputWire
{
    public string? PrimaryObjectId { get; set; }

    public string? ObjectIdToMerge { get; set; }
}

internal sealed class GdprInputWire
{
    public string? ObjectId { get; set; }

    public string? IdProperty { get; set; }
}

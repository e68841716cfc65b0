using System.Text.Json.Serialization;

namespace OrleansSync.HubSpot.Client.Json;

internal sealed record UpsertInputWire(string Id, string IdProperty, IReadOnlyDictionary<string, string> Properties, string ObjectWriteTraceId);

internal sealed record BatchRequestWire<T>(IReadOnlyList<T> Inputs);

internal sealed record ObjectWire(
    string Id,
    Dictionary<string, string>? Properties,
    [property: JsonPropertyName("new")] bool? IsNew,
    string? ObjectWriteTraceId);

internal sealed record BatchResponseWire(List<ObjectWire>? Results, List<ErrorWire>? Errors);

internal sealed record MergeRequestWire(string PrimaryObjectId, string ObjectIdToMerge);

internal sealed record GdprRequestWire(string ObjectId, string? IdProperty);

internal sealed record ReadInputWire(string Id);

internal sealed record BatchReadRequestWire(IReadOnlyList<ReadInputWire> Inputs, string? IdProperty, IReadOnlyList<string> Properties);

internal sealed record UpdateInputWire(string Id, IReadOnlyDictionary<string, string> Properties);

using System.Text.Json;
using System.Text.Json.Serialization;

namespace OrleansSync.HubSpot.Client.Json;

/// <summary>Source-generated JSON for every HubSpot body the client sends or reads.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ErrorWire))]
[JsonSerializable(typeof(BatchRequestWire<UpsertInputWire>))]
[JsonSerializable(typeof(BatchResponseWire))]
[JsonSerializable(typeof(BatchReadRequestWire))]
[JsonSerializable(typeof(BatchRequestWire<UpdateInputWire>))]
[JsonSerializable(typeof(ObjectWire))]
[JsonSerializable(typeof(MergeRequestWire))]
[JsonSerializable(typeof(GdprRequestWire))]
[JsonSerializable(typeof(BatchRequestWire<AssociationCreateWire>))]
[JsonSerializable(typeof(AssociationBatchResponseWire))]
[JsonSerializable(typeof(BatchRequestWire<EventWire>))]
[JsonSerializable(typeof(PropertyWire))]
[JsonSerializable(typeof(ResultsWire<PropertyWire>))]
[JsonSerializable(typeof(GroupWire))]
[JsonSerializable(typeof(ResultsWire<GroupWire>))]
[JsonSerializable(typeof(StageWire))]
[JsonSerializable(typeof(PipelineWire))]
[JsonSerializable(typeof(ResultsWire<PipelineWire>))]
[JsonSerializable(typeof(ListResponseWire))]
[JsonSerializable(typeof(BatchRequestWire<AssociationReadInputWire>))]
[JsonSerializable(typeof(AssociationReadResponseWire))]
internal sealed partial class HubSpotJsonContext : JsonSerializerContext;

using System.Text.Json;
using System.Text.Json.Serialization;
using OrleansSync.HubSpot.Sandbox.Associations;
using OrleansSync.HubSpot.Sandbox.Events;
using OrleansSync.HubSpot.Sandbox.Inspection;
using OrleansSync.HubSpot.Sandbox.Objects;
using OrleansSync.HubSpot.Sandbox.Pipelines;
using OrleansSync.HubSpot.Sandbox.Properties;

namespace OrleansSync.HubSpot.Sandbox.Api;

/// <summary>Source-generated JSON for every body the sandbox reads or writes.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ErrorWire))]
[JsonSerializable(typeof(List<PropertyErrorWire>))]
[JsonSerializable(typeof(ObjectInputWire))]
[JsonSerializable(typeof(BatchInputWire))]
[JsonSerializable(typeof(ObjectOutputWire))]
[JsonSerializable(typeof(BatchOutputWire))]
[JsonSerializable(typeof(ListOutputWire))]
[JsonSerializable(typeof(SearchRequestWire))]
[JsonSerializable(typeof(SearchOutputWire))]
[JsonSerializable(typeof(MergeInputWire))]
[JsonSerializable(typeof(GdprInputWire))]
[JsonSerializable(typeof(PropertyInputWire))]
[JsonSerializable(typeof(PropertyOutputWire))]
[JsonSerializable(typeof(PropertyListWire))]
[JsonSerializable(typeof(GroupInputWire))]
[JsonSerializable(typeof(GroupOutputWire))]
[JsonSerializable(typeof(GroupListWire))]
[JsonSerializable(typeof(PipelineInputWire))]
[JsonSerializable(typeof(StageInputWire))]
[JsonSerializable(typeof(PipelineOutputWire))]
[JsonSerializable(typeof(StageOutputWire))]
[JsonSerializable(typeof(PipelineListWire))]
[JsonSerializable(typeof(List<AssociationTypeWire>))]
[JsonSerializable(typeof(AssociationBatchInputWire))]
[JsonSerializable(typeof(AssociationArchiveBatchWire))]
[JsonSerializable(typeof(AssociationBatchOutputWire<DefaultAssociationWire>))]
[JsonSerializable(typeof(AssociationBatchOutputWire<LabelsBetweenPairWire>))]
[JsonSerializable(typeof(AssociationBatchOutputWire<AssociationReadResultWire>))]
[JsonSerializable(typeof(LabelsBetweenPairWire))]
[JsonSerializable(typeof(LabelListWire))]
[JsonSerializable(typeof(AssociationListOutputWire))]
[JsonSerializable(typeof(EventInputWire))]
[JsonSerializable(typeof(EventBatchInputWire))]
[JsonSerializable(typeof(FaultsWire))]
[JsonSerializable(typeof(WebhookSendWire))]
[JsonSerializable(typeof(PortalSummaryWire))]
[JsonSerializable(typeof(List<PortalSummaryWire>))]
[JsonSerializable(typeof(WebhookSendResultWire))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(IReadOnlyList<SandboxRecord>))]
[JsonSerializable(typeof(SandboxRecord))]
[JsonSerializable(typeof(IReadOnlyList<SandboxAssociation>))]
[JsonSerializable(typeof(IReadOnlyList<SandboxCall>))]
[JsonSerializable(typeof(IReadOnlyList<SandboxEvent>))]
[JsonSerializable(typeof(IReadOnlyList<OrleansSync.HubSpot.Sandbox.Webhooks.WebhookDelivery>))]
internal sealed partial class SandboxJsonContext : JsonSerializerContext;

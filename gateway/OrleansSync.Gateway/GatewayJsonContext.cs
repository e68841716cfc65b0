using System.Text.Json;
using System.Text.Json.Serialization;
using OrleansSync.Gateway.Admin.Connectors;
using OrleansSync.Contracts.Operations;
using OrleansSync.Gateway.Admin.Audit;
using OrleansSync.Gateway.Admin.Backfills;
using OrleansSync.Gateway.Admin.DeadLetters;
using OrleansSync.Gateway.Admin.Deliveries;
using OrleansSync.Gateway.Admin.Gdpr;
using OrleansSync.Gateway.Admin.Overview;
using OrleansSync.Gateway.Admin.Reconciliation;
using OrleansSync.Gateway.Admin.Status;
using OrleansSync.Gateway.CartEvents;
using OrleansSync.Gateway.Deliveries;

namespace OrleansSync.Gateway;

/// <summary>Source-generated JSON for the gateway's own request and response types (web defaults: camelCase).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(LeadCapture))]
[JsonSerializable(typeof(PurchaseComplete))]
[JsonSerializable(typeof(CartActivity))]
[JsonSerializable(typeof(DeliveryAccepted))]
[JsonSerializable(typeof(DeliveryQuarantined))]
[JsonSerializable(typeof(Health.ReadinessReport))]
[JsonSerializable(typeof(IReadOnlyDictionary<string, string>))]
[JsonSerializable(typeof(ClusterStatus))]
[JsonSerializable(typeof(DeadLetterPage))]
[JsonSerializable(typeof(DeadLetterView))]
[JsonSerializable(typeof(DeadLetterAction))]
[JsonSerializable(typeof(DeliveryPage))]
[JsonSerializable(typeof(DeliveryDetail))]
[JsonSerializable(typeof(EraseRequest))]
[JsonSerializable(typeof(EraseAccepted))]
[JsonSerializable(typeof(IReadOnlyList<ErasureAudit>))]
[JsonSerializable(typeof(ConnectorList))]
[JsonSerializable(typeof(ConnectorView))]
[JsonSerializable(typeof(OperationsOverview))]
[JsonSerializable(typeof(IReadOnlyList<RateLimitSeries>))]
[JsonSerializable(typeof(ReconciliationRequest))]
[JsonSerializable(typeof(IReadOnlyList<ReconciliationReport>))]
[JsonSerializable(typeof(IReadOnlyList<DataQualityReport>))]
[JsonSerializable(typeof(IReadOnlyList<BackfillProgress>))]
[JsonSerializable(typeof(AuditTrail))]
public sealed partial class GatewayJsonContext : JsonSerializerContext;

using OrleansSync.Contracts.Connectors;
using OrleansSync.Stores;

namespace OrleansSync.Gateway.Admin.Connectors;

/// <summary>One store's connector progress, or why its grain did not answer.</summary>
internal sealed record ConnectorReading(StoreOptions Store, ConnectorProgress? Progress, string? Error);

namespace OrleansSync.Gateway.Admin.Connectors;

/// <summary>Every configured store with an API and its connector's progress.</summary>
public sealed record ConnectorList(IReadOnlyList<ConnectorView> Connectors);

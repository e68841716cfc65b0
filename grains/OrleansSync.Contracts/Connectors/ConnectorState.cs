using System.Text.Json.Serialization;

namespace OrleansSync.Contracts.Connectors;

/// <summary>What a store connector (or one of its resources) is doing.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ConnectorState>))]
public enum ConnectorState
{
    /// <summary>Reading the store's history page after page.</summary>
    Backfilling,

    /// <summary>Caught up; reading what changed since, every poll interval.</summary>
    Polling,

    /// <summary>Stopped by an operator; the cursor is kept.</summary>
    Paused,

    /// <summary>The store's API refuses or fails; retrying the same cursor with backoff.</summary>
    Failing,
}

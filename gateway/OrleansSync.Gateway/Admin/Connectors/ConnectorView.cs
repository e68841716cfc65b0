using System.Text.Json.Serialization;

namespace OrleansSync.Gateway.Admin.Connectors;

/// <summary>One store's connector as the admin API shows it; <see cref="Error"/> is the store API's last failure or why the grid did not answer.</summary>
/// <param name="NextPoll">When the next read is due (next delta poll, or the next retry while failing).</param>
public sealed record ConnectorView(
    string Store,
    string Platform,
    string State,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Error,
    DateTimeOffset? NextPoll,
    int Rejected,
    string? Silo,
    IReadOnlyList<ConnectorResourceView> Resources);

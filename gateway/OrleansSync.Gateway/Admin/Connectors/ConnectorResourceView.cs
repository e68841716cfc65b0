using System.Text.Json.Serialization;

namespace OrleansSync.Gateway.Admin.Connectors;

/// <summary>One resource of a store connector: a flat row (store and error repeated) so a dashboard can table them.</summary>
/// <param name="Rate">Records per second.</param>
/// <param name="Eta">Seconds left in the backfill of this resource at that rate; 0 once backfilled, absent when unknown.</param>
public sealed record ConnectorResourceView(
    string Store,
    string Resource,
    string State,
    long Done,
    long? Total,
    double Rate,
    double? Eta,
    string Cursor,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Error);

using System.Text.Json;

namespace OrleansSync.HubSpot.Tests.Support;

/// <summary>Builders for HubSpot request bodies.</summary>
public static class Bodies
{
    public static string Upsert(string idProperty, params (string Id, object Properties, string? TraceId)[] inputs) =>
        JsonSerializer.Serialize(new
        {
            inputs = inputs.Select(i => i.TraceId is null
                ? (object)new { id = i.Id, idProperty, properties = i.Properties }
                : new { id = i.Id, idProperty, properties = i.Properties, objectWriteTraceId = i.TraceId }),
        });

    public static string Create(params (object Properties, string? TraceId)[] inputs) =>
        JsonSerializer.Serialize(new
        {
            inputs = inputs.Select(i => i.TraceId is null ? (object)new { properties = i.Properties } : new { properties = i.Properties, objectWriteTraceId = i.TraceId }),
        });

    public static string Contacts(int count, string prefix = "c") =>
        Upsert("email", [.. Enumerable.Range(0, count).Select(i => ($"{prefix}{i}@example.com", (object)new { firstname = $"N{i}" }, (string?)null))]);
}

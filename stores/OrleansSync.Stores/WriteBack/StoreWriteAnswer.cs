using System.Text.Json;

namespace OrleansSync.Stores.WriteBack;

/// <summary>What a store answered to one write call: its JSON when it took the write, or why it refused it for good.</summary>
public sealed class StoreWriteAnswer(JsonDocument? body, int status, string? refusal) : IDisposable
{
    /// <summary>The answer's JSON (null for an empty body or a refusal).</summary>
    public JsonDocument? Body { get; } = body;

    public int Status { get; } = status;

    /// <summary>The store's refusal (a 4xx other than 408/429) with its own message, or null when it took the write.</summary>
    public string? Refusal { get; } = refusal;

    public JsonElement Root => Body?.RootElement ?? default;

    public void Dispose() => Body?.Dispose();
}

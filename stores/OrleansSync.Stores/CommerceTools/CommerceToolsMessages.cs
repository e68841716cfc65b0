using System.Text.Json;
using OrleansSync.Contracts.Context;
using OrleansSync.Stores.Json;

namespace OrleansSync.Stores.CommerceTools;

/// <summary>
/// One commercetools Message → canonical events, however it came (the Messages API poll or an SNS delivery): the resource
/// the message only names is read back first, and the delivery key is the message's id, so a message seen both ways is
/// applied once.
/// </summary>
public static class CommerceToolsMessages
{
    public static string DeliveryKey(StoreOptions store, string? messageId) => $"commercetools:{store.Id}:message:{messageId}";

    /// <summary>The resource to map a message that does not carry it from; null when the message is enough or it is gone.</summary>
    public static async Task<JsonElement?> ReadBackAsync(CommerceToolsClient client, StoreOptions store, JsonElement message, CancellationToken cancellationToken) =>
        CommerceToolsMapper.ResourceToRead(message.Str("type")) is { } collection && message.Obj("resource")?.Id("id") is { } resourceId
            ? await client.GetResourceAsync(store, collection, resourceId, cancellationToken)
            : null;

    public static async Task<IReadOnlyList<ICanonicalEvent>> MapAsync(
        CommerceToolsClient client, JsonElement message, RecordMappingContext context, CancellationToken cancellationToken) =>
        CommerceToolsMapper.Message(message, await ReadBackAsync(client, context.Store, message, cancellationToken), context);
}

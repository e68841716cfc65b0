using Microsoft.AspNetCore.Http;
using OrleansSync.Gateway.Configuration;

namespace OrleansSync.Gateway.Webhooks;

/// <summary>What a mapper needs besides the body: the store, the request headers and the arrival time.</summary>
public sealed record WebhookMappingContext(StoreOptions Store, IHeaderDictionary Headers, string DeliveryKey, DateTimeOffset ReceivedAt);

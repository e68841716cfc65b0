using Microsoft.AspNetCore.Http;

namespace OrleansSync.Stores;

/// <summary>What a mapper needs besides the body: the store, the request headers and the arrival time.</summary>
public sealed record RecordMappingContext(StoreOptions Store, IHeaderDictionary Headers, string DeliveryKey, DateTimeOffset ReceivedAt);

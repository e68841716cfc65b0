namespace OrleansSync.HubSpot;

/// <summary>One record to upsert: <paramref name="Key"/> is the value of the <c>idProperty</c> (an email, <c>ecom_order_key</c>…).</summary>
public sealed record UpsertRecord(string Key, IReadOnlyDictionary<string, string> Properties);

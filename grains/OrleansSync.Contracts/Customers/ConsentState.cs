using System.Text.Json.Serialization;

namespace OrleansSync.Contracts.Customers;

/// <summary>Marketing consent as the source stated it. Consent is never inferred: anything else is <see cref="Unknown"/>.</summary>
[GenerateSerializer]
[JsonConverter(typeof(JsonStringEnumConverter<ConsentState>))]
public enum ConsentState
{
    Unknown,
    OptedIn,
    OptedOut,
}

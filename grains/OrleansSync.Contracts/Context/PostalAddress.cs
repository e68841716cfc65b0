namespace OrleansSync.Contracts.Context;

/// <summary>A postal address. Every field is null when not sent; an empty string means the store holds a blank value.</summary>
/// <param name="Kind">"billing", "shipping" or "default" (the customer's address book).</param>
/// <param name="CountryCode">ISO 3166-1 alpha-2.</param>
/// <param name="Region">State or province (code where the platform sends one).</param>
[GenerateSerializer]
public sealed record PostalAddress(
    string Kind,
    string? FirstName,
    string? LastName,
    string? Company,
    string? Line1,
    string? Line2,
    string? City,
    string? Region,
    string? PostalCode,
    string? CountryCode,
    string? Phone);

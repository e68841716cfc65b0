namespace OrleansSync.Stores.WriteBack;

/// <summary>
/// The customer fields to set in the store (null: leave as is; empty: clear). The address is the billing address, the one
/// the store mapping reads the contact's address from.
/// </summary>
public sealed record StoreCustomerChange(
    string PlatformCustomerId,
    string? Email = null,
    string? FirstName = null,
    string? LastName = null,
    string? Phone = null,
    string? Address1 = null,
    string? City = null,
    string? Region = null,
    string? PostalCode = null,
    string? CountryCode = null);

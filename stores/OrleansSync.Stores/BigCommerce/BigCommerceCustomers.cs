using System.Text.Json;
using OrleansSync.Contracts.Context;
using OrleansSync.Contracts.Customers;
using OrleansSync.Stores.Json;

namespace OrleansSync.Stores.BigCommerce;

/// <summary>BigCommerce v3 customer (with <c>include=addresses</c>) and address JSON → canonical profile.</summary>
public static class BigCommerceCustomers
{
    public static CustomerProfile Profile(JsonElement customer) =>
        new(
            Email: customer.Str("email"),
            FirstName: customer.Str("first_name"),
            LastName: customer.Str("last_name"),
            Phone: customer.Str("phone"),
            Company: customer.Str("company") is { Length: > 0 } company ? company : null,
            Addresses: [.. customer.Arr("addresses").Select(a => Address("address", a))],
            PlatformCustomerId: customer.RequiredId("id"),
            HubSpotUtk: null,
            EmailConsent: null,
            B2BCompany: null,
            Tags: [],
            Groups: customer.Id("customer_group_id") is { } group and not "0" ? [group] : [],
            AcceptsMarketing: null,
            IsGuest: false,
            CreatedAt: customer.Time("date_created"));

    /// <summary>Order addresses use <c>street_1</c>/<c>zip</c>/<c>country_iso2</c>, customer addresses <c>address1</c>/<c>postal_code</c>/<c>country_code</c>.</summary>
    public static PostalAddress Address(string kind, JsonElement a) =>
        new(kind, a.Str("first_name"), a.Str("last_name"), a.Str("company") is { Length: > 0 } company ? company : null,
            a.Str("street_1") ?? a.Str("address1"), a.Str("street_2") ?? a.Str("address2"), a.Str("city"),
            a.Str("state") ?? a.Str("state_or_province"), a.Str("zip") ?? a.Str("postal_code"),
            a.Str("country_iso2") ?? a.Str("country_code"), a.Str("phone"));
}

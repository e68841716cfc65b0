using System.Text.Json;
using OrleansSync.Contracts.Context;
using OrleansSync.Contracts.Customers;
using OrleansSync.Stores.Json;

namespace OrleansSync.Stores.Shopify;

/// <summary>Shopify customer and address JSON → canonical profile and consent.</summary>
public static class ShopifyCustomers
{
    public static CustomerProfile Profile(JsonElement customer, bool? buyerAcceptsMarketing = null)
    {
        var defaultAddress = customer.Obj("default_address");
        var legacyAccepts = customer.Bool("accepts_marketing");
        return new CustomerProfile(
            Email: customer.Str("email"),
            FirstName: customer.Str("first_name"),
            LastName: customer.Str("last_name"),
            Phone: customer.Str("phone"),
            Company: defaultAddress?.Str("company"),
            Addresses: Addresses(customer),
            PlatformCustomerId: customer.Id("id"),
            HubSpotUtk: null,
            EmailConsent: Consent(customer),
            B2BCompany: null,
            Tags: JsonFields.Tags(customer.Str("tags")),
            Groups: [],
            AcceptsMarketing: legacyAccepts ?? buyerAcceptsMarketing ?? AcceptsFromConsent(customer),
            IsGuest: customer.Str("state") switch
            {
                "enabled" => false,
                "disabled" => true,
                _ => null,
            },
            CreatedAt: customer.Time("created_at"));
    }

    /// <summary>
    /// <c>email_marketing_consent</c> when present; else the legacy <c>accepts_marketing</c>, and then only a true
    /// value counts (false means "did not tick the box", not an opt-out: consent is never inferred).
    /// </summary>
    public static MarketingConsent? Consent(JsonElement customer)
    {
        if (customer.Obj("email_marketing_consent") is { } consent)
        {
            var state = consent.Str("state");
            return new MarketingConsent(
                state switch
                {
                    "subscribed" => ConsentState.OptedIn,
                    "unsubscribed" => ConsentState.OptedOut,
                    _ => ConsentState.Unknown,
                },
                "shopify:email_marketing_consent",
                consent.Time("consent_updated_at"),
                state,
                consent.Str("opt_in_level"));
        }

        return customer.Bool("accepts_marketing") == true
            ? new MarketingConsent(ConsentState.OptedIn, "shopify:accepts_marketing", customer.Time("accepts_marketing_updated_at"), "true", customer.Str("marketing_opt_in_level"))
            : null;
    }

    /// <summary>The <c>customers_email_marketing_consent/update</c> topic: only the email and the consent changed.</summary>
    public static CustomerUpdated ConsentUpdate(JsonElement body, StoreContext store, SourceStamp source)
    {
        var consent = body.Obj("email_marketing_consent") is not null ? Consent(body)! with { Source = "shopify:email_marketing_consent/update" } : null;
        var profile = new CustomerProfile(
            body.Str("email_address"), null, null, null, null, [], source.SourceId, null, consent, null, [], [], null, null, null);
        return new CustomerUpdated(store, source with { UpdatedAt = consent?.At ?? source.UpdatedAt }, profile);
    }

    public static PostalAddress Address(string kind, JsonElement a) =>
        new(kind, a.Str("first_name"), a.Str("last_name"), a.Str("company"), a.Str("address1"), a.Str("address2"),
            a.Str("city"), a.Str("province_code") ?? a.Str("province"), a.Str("zip"), a.Str("country_code"), a.Str("phone"));

    private static IReadOnlyList<PostalAddress> Addresses(JsonElement customer)
    {
        var list = customer.Arr("addresses").Select(a => Address(a.Bool("default") == true ? "default" : "address", a)).ToList();
        if (list.Count == 0 && customer.Obj("default_address") is { } d)
        {
            list.Add(Address("default", d));
        }

        return list;
    }

    private static bool? AcceptsFromConsent(JsonElement customer) =>
        customer.Obj("email_marketing_consent")?.Str("state") switch
        {
            "subscribed" => true,
            "unsubscribed" or "not_subscribed" => false,
            _ => null,
        };
}

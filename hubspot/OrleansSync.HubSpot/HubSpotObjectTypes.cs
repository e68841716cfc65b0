namespace OrleansSync.HubSpot;

/// <summary>Object type names as HubSpot's paths use them.</summary>
public static class HubSpotObjectTypes
{
    public const string Contacts = "contacts";
    public const string Companies = "companies";
    public const string Deals = "deals";
    public const string LineItems = "line_items";
    public const string Products = "products";
}

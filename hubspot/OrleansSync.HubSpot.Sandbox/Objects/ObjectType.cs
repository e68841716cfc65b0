namespace OrleansSync.HubSpot.Sandbox.Objects;

/// <summary>A CRM object type the sandbox serves: path name, object type id, singular name used in association labels.</summary>
internal sealed record ObjectType(string Name, string TypeId, string Singular, string[] DefaultProperties)
{
    public static readonly ObjectType Contacts = new("contacts", "0-1", "contact", ["firstname", "lastname", "email"]);
    public static readonly ObjectType Companies = new("companies", "0-2", "company", ["name", "domain"]);
    public static readonly ObjectType Deals = new("deals", "0-3", "deal", ["dealname", "amount", "closedate", "pipeline", "dealstage"]);
    public static readonly ObjectType Products = new("products", "0-7", "product", ["name", "description", "price"]);
    public static readonly ObjectType LineItems = new("line_items", "0-8", "line_item", ["name", "quantity", "price"]);
    public static readonly ObjectType Orders = new("orders", "0-123", "order", []);
    public static readonly ObjectType Carts = new("carts", "0-142", "cart", []);

    public static IReadOnlyList<ObjectType> All { get; } = [Contacts, Companies, Deals, Products, LineItems, Orders, Carts];

    /// <summary>Accepts the path name, the singular name or the object type id, as HubSpot does.</summary>
    public static ObjectType? Find(string? nameOrId)
    {
        if (string.IsNullOrEmpty(nameOrId))
        {
            return null;
        }

        foreach (var type in All)
        {
            if (string.Equals(type.Name, nameOrId, StringComparison.OrdinalIgnoreCase)
                || string.Equals(type.Singular, nameOrId, StringComparison.OrdinalIgnoreCase)
                || type.TypeId == nameOrId)
            {
                return type;
            }
        }

        return null;
    }

    /// <summary>Singular upper-case name used in HubSpot messages (CONTACT, LINE_ITEM).</summary>
    public string Upper => Singular.ToUpperInvariant();
}

using OrleansSync.HubSpot.Sandbox.Objects;

namespace OrleansSync.HubSpot.Sandbox.Properties;

/// <summary>The HubSpot-defined properties (internal names from the API reference) each object starts with.</summary>
internal static class StandardProperties
{
    private static readonly string[] LifecycleStages =
        ["subscriber", "lead", "marketingqualifiedlead", "salesqualifiedlead", "opportunity", "customer", "evangelist", "other"];

    private static readonly string[] LeadStatuses =
        ["NEW", "OPEN", "IN_PROGRESS", "OPEN_DEAL", "UNQUALIFIED", "ATTEMPTED_TO_CONTACT", "CONNECTED", "BAD_TIMING"];

    /// <summary>Lifecycle stage values in their forward order.</summary>
    public static IReadOnlyList<string> LifecycleOrder => LifecycleStages;

    public static void Seed(ObjectType type, PropertyCatalog catalog, DateTimeOffset at)
    {
        var info = type.Singular + "information";
        catalog.AddGroup(type, new PropertyGroup { Name = info, Label = type.Singular + " information", DisplayOrder = 0 });
        void Add(string name, string kind = "string", string field = "text", bool unique = false, bool readOnly = false, string[]? options = null) =>
            catalog.Add(type, new PropertyDefinition
            {
                Name = name, Label = name, Type = kind, FieldType = field, GroupName = info, HasUniqueValue = unique,
                HubSpotDefined = true, ReadOnlyValue = readOnly, CreatedAt = at, UpdatedAt = at,
                Options = options?.Select((v, i) => new PropertyOption(v, v, i)).ToList() ?? [],
            });

        Add("hs_object_id", "number", "number", readOnly: true);
        Add("createdate", "datetime", "date", readOnly: true);
        Add("hs_createdate", "datetime", "date", readOnly: true);
        Add("lastmodifieddate", "datetime", "date", readOnly: true);
        Add("hs_lastmodifieddate", "datetime", "date", readOnly: true);
        if (type == ObjectType.Contacts)
        {
            Add("email", unique: true);
            Add("hs_additional_emails", unique: true);
            Add("hs_merged_object_ids", readOnly: true);
            foreach (var name in (string[])["firstname", "lastname", "phone", "mobilephone", "address", "city", "state", "zip", "country", "company", "hubspotutk"])
            {
                Add(name);
            }

            Add("lifecyclestage", "enumeration", "radio", options: LifecycleStages);
            Add("hs_lead_status", "enumeration", "radio", options: LeadStatuses);
        }
        else if (type == ObjectType.Companies)
        {
            foreach (var name in (string[])["name", "domain", "phone", "address", "city", "state", "zip", "country", "website"])
            {
                Add(name);
            }

            Add("hs_merged_object_ids", readOnly: true);
            Add("lifecyclestage", "enumeration", "radio", options: LifecycleStages);
        }
        else if (type == ObjectType.Deals)
        {
            Add("dealname");
            Add("amount", "number", "number");
            Add("pipeline", "enumeration", "select");
            Add("dealstage", "enumeration", "radio");
            Add("closedate", "datetime", "date");
            Add("deal_currency_code", "enumeration", "select", options: ["EUR", "USD", "GBP", "CHF", "CAD", "AUD", "JPY", "SEK", "NOK", "DKK", "PLN"]);
            Add("dealtype", "enumeration", "radio", options: ["newbusiness", "existingbusiness"]);
            Add("description", "string", "textarea");
            Add("hs_merged_object_ids", readOnly: true);
            Add("hs_acv", "number", "number", readOnly: true);
        }
        else if (type == ObjectType.LineItems || type == ObjectType.Products)
        {
            Add("name");
            Add("price", "number", "number");
            Add("hs_sku");
            Add("description", "string", "textarea");
            Add("hs_cost_of_goods_sold", "number", "number");
            if (type == ObjectType.LineItems)
            {
                Add("quantity", "number", "number");
                Add("amount", "number", "number", readOnly: true);
                Add("hs_product_id", "number", "number");
                Add("discount", "number", "number");
                Add("hs_line_item_currency_code", "enumeration", "select", options: ["EUR", "USD", "GBP", "CHF", "CAD", "AUD", "JPY", "SEK", "NOK", "DKK", "PLN"]);
            }
            else
            {
                Add("hs_url");
                Add("hs_images");
            }
        }
        else
        {
            foreach (var name in (string[])["hs_order_name", "hs_external_order_id", "hs_cart_name", "hs_external_cart_id", "hs_source_store", "hs_currency_code"])
            {
                Add(name);
            }

            Add("hs_total_price", "number", "number");
        }
    }
}

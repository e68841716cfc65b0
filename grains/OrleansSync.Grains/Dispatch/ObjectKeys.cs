using OrleansSync.HubSpot;

namespace OrleansSync.Grains.Dispatch;

/// <summary>HubSpot object keys (one per object a grain writes), and the dispatch order they imply (products → companies → contacts → deals → line items → associations → events).</summary>
public static class ObjectKeys
{
    public static string Contact(string email) => $"contact:{email}";

    /// <summary>The email of a contact's object key.</summary>
    public static string EmailOf(string contactKey) => contactKey["contact:".Length..];

    public static string Company(string companyKey) => $"company:{companyKey}";

    public static string Deal(string orderKey) => $"deal:{orderKey}";

    public static string LineItem(string lineKey) => $"line_item:{lineKey}";

    public static string Product(string productKey) => $"product:{productKey}";

    public static string Association(string fromKey, string toKey) => $"assoc:{fromKey}->{toKey}";

    public static string Event(string uuid) => $"event:{uuid}";

    public static string GdprDelete(string email) => $"gdpr:{email}";

    /// <summary>Drain order: record upserts, then associations (they name ids the upserts learn), then events, then GDPR deletes.</summary>
    public static int Rank(HubSpotWrite write) => write.Kind switch
    {
        HubSpotWriteKind.Upsert => 0,
        HubSpotWriteKind.Associate => 1,
        HubSpotWriteKind.GdprDelete => 3,
        _ => 2,
    };
}

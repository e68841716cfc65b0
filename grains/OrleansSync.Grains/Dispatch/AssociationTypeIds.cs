namespace OrleansSync.Grains.Dispatch;

/// <summary>HubSpot-defined (unlabelled) association type ids the sync writes (associations v4).</summary>
public static class AssociationTypeIds
{
    public const int DealToContact = 3;
    public const int DealToLineItem = 19;
    public const int ContactToCompany = 279;
}

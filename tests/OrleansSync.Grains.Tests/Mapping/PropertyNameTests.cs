using OrleansSync.Grains.Mapping;

namespace OrleansSync.Grains.Tests.Mapping;

public sealed class PropertyNameTests
{
    private static readonly SyncMappingOptions Renamed = new() { PropertyNames = { ["phone"] = "mobilephone", ["ecom_order_count"] = "my_order_count" } };

    [Fact]
    public void CanonicalName_RenamedHubSpotProperty_IsTheSyncsField()
    {
        Assert.Equal(("phone", "ecom_order_count"), (Renamed.CanonicalName("mobilephone"), Renamed.CanonicalName("my_order_count")));
    }

    [Fact]
    public void CanonicalName_DefaultNameThatWasRenamedAway_IsNoLongerTheSyncs()
    {
        Assert.Null(Renamed.CanonicalName("phone"));
    }

    [Fact]
    public void CanonicalName_PropertyNoRenameInvolves_IsItself()
    {
        Assert.Equal(("city", "city"), (Renamed.CanonicalName("city"), new SyncMappingOptions().CanonicalName("city")));
    }
}

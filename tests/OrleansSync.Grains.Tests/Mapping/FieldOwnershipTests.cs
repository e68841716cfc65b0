using Microsoft.Extensions.Configuration;
using OrleansSync.Grains.Ownership;

namespace OrleansSync.Grains.Tests.Mapping;

public sealed class FieldOwnershipTests
{
    [Theory]
    [InlineData("email", FieldOwner.Shared)]
    [InlineData("phone", FieldOwner.Shared)]
    [InlineData("zip", FieldOwner.Shared)]
    [InlineData("lifecyclestage", FieldOwner.HubSpot)]
    [InlineData("hs_lead_status", FieldOwner.HubSpot)]
    [InlineData("hs_whatever_hubspot_adds", FieldOwner.HubSpot)]
    [InlineData("company", FieldOwner.Store)]
    [InlineData("ecom_order_count", FieldOwner.Store)]
    public void Of_DefaultSplit_FollowsTheSpecification(string property, FieldOwner expected) =>
        Assert.Equal(expected, new FieldOwnershipOptions().Of(property));

    [Fact]
    public void Of_ConfiguredOverride_WinsOverTheDefault()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["FieldOwnership:Contact:phone"] = "Store",
            ["FieldOwnership:Contact:company"] = "Shared",
        }).Build();
        var options = new FieldOwnershipOptions();
        configuration.GetSection(FieldOwnershipOptions.SectionName).Bind(options);

        Assert.Equal((FieldOwner.Store, FieldOwner.Shared, FieldOwner.Shared), (options.Of("phone"), options.Of("company"), options.Of("firstname")));
    }
}

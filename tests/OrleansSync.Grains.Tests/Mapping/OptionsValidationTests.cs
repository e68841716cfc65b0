using System.ComponentModel.DataAnnotations;
using OrleansSync.Grains.Mapping;

namespace OrleansSync.Grains.Tests.Mapping;

public sealed class OptionsValidationTests
{
    private static List<ValidationResult> Validate(SyncMappingOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results;
    }

    [Fact]
    public void Validate_Defaults_Valid() => Assert.Empty(Validate(new SyncMappingOptions()));

    [Theory]
    [InlineData(29)]
    [InlineData(241)]
    public void Validate_AbandonmentWindowOutside30To240Minutes_Invalid(int minutes) =>
        Assert.Contains(Validate(new SyncMappingOptions { AbandonmentWindow = TimeSpan.FromMinutes(minutes) }), r => r.ErrorMessage!.Contains("AbandonmentWindow", StringComparison.Ordinal));

    [Fact]
    public void Validate_ChurnRiskNotAfterLapsed_Invalid() =>
        Assert.NotEmpty(Validate(new SyncMappingOptions { LapsedAfter = TimeSpan.FromDays(120), ChurnRiskAfter = TimeSpan.FromDays(100) }));

    [Fact]
    public void Includes_SelectiveSync_FiltersBySkuPrefixCategoryAndStatus()
    {
        var filter = new ProductSyncFilter { SkuPrefixes = ["SHOE-"], Categories = ["running"] };
        Assert.True(filter.Includes("shoe-1", ["Running"], "active"));
        Assert.False(filter.Includes("BAG-1", ["running"], "active"));
        Assert.False(filter.Includes("SHOE-2", ["hiking"], "active"));
        Assert.False(filter.Includes("SHOE-3", ["running"], "draft"));
        Assert.False(filter.Includes(null, ["running"], "active"));
    }
}

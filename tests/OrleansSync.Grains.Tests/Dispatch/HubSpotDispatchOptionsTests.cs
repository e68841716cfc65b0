using System.ComponentModel.DataAnnotations;
using OrleansSync.Grains.Dispatch;

namespace OrleansSync.Grains.Tests.Dispatch;

public sealed class HubSpotDispatchOptionsTests
{
    private static List<string> Validate(HubSpotDispatchOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return [.. results.SelectMany(r => r.MemberNames)];
    }

    [Fact]
    public void Validate_Defaults_Valid() => Assert.Empty(Validate(new HubSpotDispatchOptions()));

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public void Validate_MaxRecordAttemptsOutside1To100_Invalid(int attempts) =>
        Assert.Equal([nameof(HubSpotDispatchOptions.MaxRecordAttempts)], Validate(new HubSpotDispatchOptions { MaxRecordAttempts = attempts }));

    [Fact]
    public void Validate_RecordRetryMaxDelayShorterThanTheFirstDelay_Invalid() =>
        Assert.Equal(
            [nameof(HubSpotDispatchOptions.RecordRetryMaxDelay)],
            Validate(new HubSpotDispatchOptions { RecordRetryDelay = TimeSpan.FromSeconds(10), RecordRetryMaxDelay = TimeSpan.FromSeconds(5) }));

    [Fact]
    public void Validate_CoalesceDelayOverTenSeconds_Invalid() =>
        Assert.Equal([nameof(HubSpotDispatchOptions.CoalesceDelay)], Validate(new HubSpotDispatchOptions { CoalesceDelay = TimeSpan.FromSeconds(11) }));
}

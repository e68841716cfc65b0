using System.Text.Json;
using OrleansSync.Gateway.Tests.Fuzzing;
using OrleansSync.Stores;
using OrleansSync.Stores.Json;

namespace OrleansSync.Gateway.Tests.Hostile;

/// <summary>
/// Every field reader either reads a value or throws <see cref="MappingException"/> (the record is then quarantined with the
/// reason); before the hostile-input run, lone surrogates threw InvalidOperationException and 500'd the delivery.
/// </summary>
public sealed class JsonFieldsTests
{
    public static TheoryData<string> Values() => [.. HostileValues.Json];

    [Theory]
    [MemberData(nameof(Values))]
    public void Readers_HostileValue_ReadOrThrowMappingExceptionOnly(string json)
    {
        using var document = JsonDocument.Parse($"{{\"f\":{json}}}");
        var e = document.RootElement;
        Action[] readers = [() => e.Str("f"), () => e.Id("f"), () => e.Dec("f"), () => e.Time("f"), () => e.Bool("f"), () => e.Obj("f"), () => e.Arr("f").ToList()];

        foreach (var read in readers)
        {
            var error = Record.Exception(read);
            Assert.True(error is null or MappingException, $"{json}: {error}");
        }
    }

    [Theory]
    [InlineData("79228162514264337593543950335")]
    [InlineData("\"-1e16\"")]
    [InlineData("1e308")]
    public void Dec_NumberBeyondAnyAmount_ThrowsMappingExceptionNamingTheField(string json)
    {
        using var document = JsonDocument.Parse($"{{\"total\":{json}}}");

        var error = Assert.Throws<MappingException>(() => document.RootElement.Dec("total"));

        Assert.Contains("'total'", error.Message);
    }
}

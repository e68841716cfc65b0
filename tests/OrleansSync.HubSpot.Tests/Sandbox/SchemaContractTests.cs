using OrleansSync.HubSpot.Tests.Support;

namespace OrleansSync.HubSpot.Tests.Sandbox;

public sealed class SchemaContractTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    private const string UniqueKey = """{"name":"ecom_line_key","label":"Line key","type":"string","fieldType":"text","groupName":"line_iteminformation","hasUniqueValue":true}""";

    [Fact]
    public async Task CreateProperty_Twice_Returns201Then409()
    {
        var (_, http) = fixture.NewPortal();
        var first = await http.PostAsync("/crm/v3/properties/line_items", UniqueKey);
        var second = await http.PostAsync("/crm/v3/properties/line_items", UniqueKey);

        Assert.Equal(201, first.Status);
        Assert.True(first.Json.GetProperty("hasUniqueValue").GetBoolean());
        Assert.Equal(409, second.Status);
    }

    [Fact]
    public async Task CreateProperty_EleventhUniqueProperty_Returns400()
    {
        var (_, http) = fixture.NewPortal();
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(201, (await http.PostAsync("/crm/v3/properties/deals", UniqueKey.Replace("ecom_line_key", $"k{i}").Replace("line_iteminformation", "dealinformation"))).Status);
        }

        var eleventh = await http.PostAsync("/crm/v3/properties/deals", UniqueKey.Replace("ecom_line_key", "k10").Replace("line_iteminformation", "dealinformation"));

        Assert.Equal(400, eleventh.Status);
    }

    [Fact]
    public async Task UpsertLineItem_ByUniqueProperty_UpdatesInsteadOfDuplicating()
    {
        var (portal, http) = fixture.NewPortal();
        await http.PostAsync("/crm/v3/properties/line_items", UniqueKey);
        await http.PostAsync("/crm/v3/objects/line_items/batch/upsert", Bodies.Upsert("ecom_line_key", ("o1:1", new { name = "Shirt", quantity = "1", price = "10" }, null)));
        var again = await http.PostAsync("/crm/v3/objects/line_items/batch/upsert", Bodies.Upsert("ecom_line_key", ("o1:1", new { quantity = "3" }, null)));

        Assert.Equal(200, again.Status);
        var item = Assert.Single(portal.Objects("line_items"));
        Assert.Equal("30", item.Properties["amount"]);
    }

    [Fact]
    public async Task CreatePipeline_DealStageWithoutProbability_Returns400()
    {
        var (_, http) = fixture.NewPortal();
        var answer = await http.PostAsync("/crm/v3/pipelines/deals", """{"label":"Shop","displayOrder":1,"stages":[{"label":"Paid","displayOrder":0,"metadata":{}}]}""");

        Assert.Equal(400, answer.Status);
    }

    [Fact]
    public async Task CreateDeal_StageOfAnotherPipeline_Returns400InvalidOption()
    {
        var (_, http) = fixture.NewPortal();
        var pipeline = await http.PostAsync("/crm/v3/pipelines/deals", """{"label":"Shop","displayOrder":1,"stages":[{"label":"Paid","displayOrder":0,"metadata":{"probability":"1.0"}}]}""");
        var pipelineId = pipeline.Str("id");
        var answer = await http.PostAsync("/crm/v3/objects/deals", $$$"""{"properties":{"dealname":"D","pipeline":"{{{pipelineId}}}","dealstage":"closedwon"}}""");

        Assert.Equal(201, pipeline.Status);
        Assert.Equal("true", pipeline.Json.GetProperty("stages")[0].GetProperty("metadata").GetProperty("isClosed").GetString());
        Assert.Equal(400, answer.Status);
        Assert.Contains("INVALID_OPTION", answer.Str("message"));
    }
}

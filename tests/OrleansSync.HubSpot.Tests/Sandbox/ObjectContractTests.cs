using OrleansSync.HubSpot.Tests.Support;

namespace OrleansSync.HubSpot.Tests.Sandbox;

public sealed class ObjectContractTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    [Fact]
    public async Task BatchUpsert_NewThenExistingEmail_ReportsNewFlagAndKeepsOneContact()
    {
        var (portal, http) = fixture.NewPortal();
        var first = await http.PostAsync("/crm/v3/objects/contacts/batch/upsert", Bodies.Upsert("email", ("Ann@Example.com", new { firstname = "Ann" }, null)));
        var second = await http.PostAsync("/crm/v3/objects/contacts/batch/upsert", Bodies.Upsert("email", ("ann@example.com", new { lastname = "Lee" }, null)));

        Assert.Equal(200, first.Status);
        Assert.True(first.Json.GetProperty("results")[0].GetProperty("new").GetBoolean());
        Assert.False(second.Json.GetProperty("results")[0].GetProperty("new").GetBoolean());
        var contact = Assert.Single(portal.Objects("contacts"));
        Assert.Equal(("ann@example.com", "Ann", "Lee"), (contact.Properties["email"], contact.Properties["firstname"], contact.Properties["lastname"]));
    }

    [Fact]
    public async Task BatchUpsert_101Inputs_Returns400AndWritesNothing()
    {
        var (portal, http) = fixture.NewPortal();
        var answer = await http.PostAsync("/crm/v3/objects/contacts/batch/upsert", Bodies.Contacts(101));

        Assert.Equal(400, answer.Status);
        Assert.Equal("VALIDATION_ERROR", answer.Str("category"));
        Assert.Empty(portal.Objects("contacts"));
    }

    [Fact]
    public async Task BatchUpsert_SameIdTwice_Returns400DuplicateIds()
    {
        var (_, http) = fixture.NewPortal();
        var answer = await http.PostAsync("/crm/v3/objects/contacts/batch/upsert", Bodies.Upsert("email", ("a@x.io", new { }, null), ("a@x.io", new { }, null)));

        Assert.Equal(400, answer.Status);
        Assert.StartsWith("Duplicate IDs found in batch input", answer.Str("message"));
        Assert.Equal("a@x.io", answer.Json.GetProperty("context").GetProperty("ids")[0].GetString());
    }

    [Fact]
    public async Task BatchUpsert_ByNonUniqueCompanyDomain_Returns400NonUnique()
    {
        var (_, http) = fixture.NewPortal();
        var answer = await http.PostAsync("/crm/v3/objects/companies/batch/upsert", Bodies.Upsert("domain", ("shop.example", new { name = "Shop" }, null)));

        Assert.Equal(400, answer.Status);
        Assert.Equal("Unable to perform update/upsert by non-unique 0-2 property domain", answer.Str("message"));
    }

    [Fact]
    public async Task BatchCreate_OneInvalidWithTraceIds_Returns207AndWritesTheOthers()
    {
        var (portal, http) = fixture.NewPortal();
        var answer = await http.PostAsync("/crm/v3/objects/contacts/batch/create", Bodies.Create(
            (new { email = "ok1@x.io" }, "t1"), (new { email = "bad@x.io", missing = "1" }, "t2"), (new { email = "ok2@x.io" }, "t3")));

        Assert.Equal(207, answer.Status);
        Assert.Equal(1, answer.Json.GetProperty("numErrors").GetInt32());
        var error = answer.Json.GetProperty("errors")[0];
        Assert.Equal("t2", error.GetProperty("context").GetProperty("objectWriteTraceId")[0].GetString());
        Assert.Contains("PROPERTY_DOESNT_EXIST", error.GetProperty("message").GetString());
        Assert.Equal(2, portal.Objects("contacts").Count);
    }

    [Fact]
    public async Task BatchCreate_OneInvalidWithoutTraceIds_Returns400AndWritesNothing()
    {
        var (portal, http) = fixture.NewPortal();
        var answer = await http.PostAsync("/crm/v3/objects/contacts/batch/create", Bodies.Create((new { email = "ok1@x.io" }, null), (new { email = "bad@x.io", lifecyclestage = "Customer" }, null)));

        Assert.Equal(400, answer.Status);
        Assert.Contains("INVALID_OPTION", answer.Str("message"));
        Assert.Empty(portal.Objects("contacts"));
    }

    [Fact]
    public async Task Create_ExistingEmail_Returns409WithExistingId()
    {
        var (portal, http) = fixture.NewPortal();
        var existing = portal.Seed("contacts", new Dictionary<string, string> { ["email"] = "dup@x.io" });
        var answer = await http.PostAsync("/crm/v3/objects/contacts", """{"properties":{"email":"DUP@x.io"}}""");

        Assert.Equal(409, answer.Status);
        Assert.Equal("CONFLICT", answer.Str("category"));
        Assert.Equal($"Contact already exists. Existing ID: {existing.Id}", answer.Str("message"));
    }

    [Fact]
    public async Task Create_DuplicateValueOfUniqueProperty_Returns409()
    {
        var (_, http) = fixture.NewPortal();
        await http.PostAsync("/crm/v3/properties/deals", """{"name":"ecom_order_key","label":"Order key","type":"string","fieldType":"text","groupName":"dealinformation","hasUniqueValue":true}""");
        var first = await http.PostAsync("/crm/v3/objects/deals", """{"properties":{"dealname":"#1","ecom_order_key":"shop:1"}}""");
        var second = await http.PostAsync("/crm/v3/objects/deals", """{"properties":{"dealname":"#1 again","ecom_order_key":"shop:1"}}""");

        Assert.Equal(201, first.Status);
        Assert.Equal(409, second.Status);
        Assert.Equal("CONFLICT", second.Str("category"));
    }

    [Fact]
    public async Task BatchRead_UnknownId_Returns207ObjectNotFound()
    {
        var (portal, http) = fixture.NewPortal();
        var known = portal.Seed("contacts", new Dictionary<string, string> { ["email"] = "r@x.io" });
        var answer = await http.PostAsync("/crm/v3/objects/contacts/batch/read", $$"""{"inputs":[{"id":"{{known.Id}}"},{"id":"999"}],"properties":["email"]}""");

        Assert.Equal(207, answer.Status);
        Assert.Equal("r@x.io", answer.Json.GetProperty("results")[0].GetProperty("properties").GetProperty("email").GetString());
        Assert.Equal("OBJECT_NOT_FOUND", answer.Json.GetProperty("errors")[0].GetProperty("category").GetString());
    }

    [Fact]
    public async Task Read_DateVersionedPath_ServesSameRecordAsV3()
    {
        var (portal, http) = fixture.NewPortal();
        var seeded = portal.Seed("deals", new Dictionary<string, string> { ["dealname"] = "Versioned" });
        var answer = await http.GetAsync($"/crm/objects/2026-03/deals/{seeded.Id}");

        Assert.Equal(200, answer.Status);
        Assert.Equal("Versioned", answer.Json.GetProperty("properties").GetProperty("dealname").GetString());
    }

    [Fact]
    public async Task Create_LineItemNegativePrice_Returns400()
    {
        var (_, http) = fixture.NewPortal();
        var answer = await http.PostAsync("/crm/v3/objects/line_items", """{"properties":{"name":"Refund","price":"-5","quantity":"1"}}""");

        Assert.Equal(400, answer.Status);
        Assert.Equal("VALIDATION_ERROR", answer.Str("category"));
    }

    [Fact]
    public async Task Update_LifecycleStageBackwards_IsIgnored()
    {
        var (portal, http) = fixture.NewPortal();
        var contact = portal.Seed("contacts", new Dictionary<string, string> { ["email"] = "l@x.io", ["lifecyclestage"] = "customer" });
        var answer = await http.SendAsync(HttpMethod.Patch, $"/crm/v3/objects/contacts/{contact.Id}", """{"properties":{"lifecyclestage":"lead"}}""", null);

        Assert.Equal(200, answer.Status);
        Assert.Equal("customer", portal.Objects("contacts")[0].Properties["lifecyclestage"]);
    }
}

using OrleansSync.HubSpot.Tests.Support;

namespace OrleansSync.HubSpot.Tests.Sandbox;

public sealed class AssociationAndMergeContractTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    [Fact]
    public async Task AssociateDefault_DealToContact_CreatesAndReportsBothDirections()
    {
        var (portal, http) = fixture.NewPortal();
        var deal = portal.Seed("deals", new Dictionary<string, string> { ["dealname"] = "D" });
        var contact = portal.Seed("contacts", new Dictionary<string, string> { ["email"] = "a@x.io" });
        var answer = await http.PutAsync($"/crm/v4/objects/deals/{deal.Id}/associations/default/contacts/{contact.Id}");

        Assert.Equal(200, answer.Status);
        var types = answer.Json.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("associationSpec").GetProperty("associationTypeId").GetInt32()).Order().ToList();
        Assert.Equal([3, 4], types);
        Assert.Equal(2, portal.Associations().Count);
    }

    [Fact]
    public async Task BatchCreate_TypeIdOfWrongDirection_Returns400()
    {
        var (portal, http) = fixture.NewPortal();
        var item = portal.Seed("line_items", new Dictionary<string, string> { ["name"] = "L" });
        var deal = portal.Seed("deals", new Dictionary<string, string> { ["dealname"] = "D" });
        var answer = await http.PostAsync("/crm/v4/associations/line_items/deals/batch/create",
            $$"""{"inputs":[{"from":{"id":"{{item.Id}}"},"to":{"id":"{{deal.Id}}"},"types":[{"associationCategory":"HUBSPOT_DEFINED","associationTypeId":19}]}]}""");

        Assert.Equal(400, answer.Status);
        Assert.Empty(portal.Associations());
    }

    [Fact]
    public async Task BatchCreate_OneMissingRecord_Returns207AndLinksTheOther()
    {
        var (portal, http) = fixture.NewPortal();
        var item = portal.Seed("line_items", new Dictionary<string, string> { ["name"] = "L" });
        var deal = portal.Seed("deals", new Dictionary<string, string> { ["dealname"] = "D" });
        var answer = await http.PostAsync("/crm/v4/associations/line_items/deals/batch/create",
            $$"""{"inputs":[{"from":{"id":"{{item.Id}}"},"to":{"id":"{{deal.Id}}"},"types":[{"associationCategory":"HUBSPOT_DEFINED","associationTypeId":20}]},{"from":{"id":"404"},"to":{"id":"{{deal.Id}}"},"types":[{"associationCategory":"HUBSPOT_DEFINED","associationTypeId":20}]}]}""");

        Assert.Equal(207, answer.Status);
        Assert.Contains(portal.Associations(), a => a.FromId == item.Id && a.ToId == deal.Id && a.AssociationTypeId == 20);
        Assert.Contains(portal.Associations(), a => a.FromId == deal.Id && a.ToId == item.Id && a.AssociationTypeId == 19);
    }

    [Fact]
    public async Task Archive_Record_RemovesItsAssociations()
    {
        var (portal, http) = fixture.NewPortal();
        var deal = portal.Seed("deals", new Dictionary<string, string> { ["dealname"] = "D" });
        var contact = portal.Seed("contacts", new Dictionary<string, string> { ["email"] = "a@x.io" });
        await http.PutAsync($"/crm/v4/objects/deals/{deal.Id}/associations/default/contacts/{contact.Id}");
        var answer = await http.SendAsync(HttpMethod.Delete, $"/crm/v3/objects/contacts/{contact.Id}", null, null);

        Assert.Equal(204, answer.Status);
        Assert.Empty(portal.Associations());
    }

    [Fact]
    public async Task Merge_TwoContacts_KeepsPrimaryMovesAssociationsAndKeepsSecondEmail()
    {
        var (portal, http) = fixture.NewPortal();
        var primary = portal.Seed("contacts", new Dictionary<string, string> { ["email"] = "p@x.io" });
        var other = portal.Seed("contacts", new Dictionary<string, string> { ["email"] = "o@x.io", ["phone"] = "555" });
        var deal = portal.Seed("deals", new Dictionary<string, string> { ["dealname"] = "D" });
        await http.PutAsync($"/crm/v4/objects/deals/{deal.Id}/associations/default/contacts/{other.Id}");
        var answer = await http.PostAsync("/crm/v3/objects/contacts/merge", $$"""{"primaryObjectId":"{{primary.Id}}","objectIdToMerge":"{{other.Id}}"}""");

        Assert.Equal(200, answer.Status);
        var survivor = Assert.Single(portal.Objects("contacts"));
        Assert.Equal((primary.Id, "555", "o@x.io", other.Id), (survivor.Id, survivor.Properties["phone"], survivor.Properties["hs_additional_emails"], survivor.Properties["hs_merged_object_ids"]));
        Assert.Contains(portal.Associations(), a => a.FromId == deal.Id && a.ToId == primary.Id);
        var upsertBySecondEmail = await http.PostAsync("/crm/v3/objects/contacts/batch/upsert", Bodies.Upsert("email", ("o@x.io", new { firstname = "O" }, null)));
        Assert.False(upsertBySecondEmail.Json.GetProperty("results")[0].GetProperty("new").GetBoolean());
    }

    [Fact]
    public async Task GdprDelete_ByEmail_DeletesAndBlocksTheEmail()
    {
        var (portal, http) = fixture.NewPortal();
        portal.Seed("contacts", new Dictionary<string, string> { ["email"] = "gone@x.io" });
        var answer = await http.PostAsync("/crm/v3/objects/contacts/gdpr-delete", """{"objectId":"gone@x.io","idProperty":"email"}""");
        var recreate = await http.PostAsync("/crm/v3/objects/contacts", """{"properties":{"email":"gone@x.io"}}""");

        Assert.Equal(204, answer.Status);
        Assert.Empty(portal.Objects("contacts"));
        Assert.Equal(400, recreate.Status);
    }

    [Fact]
    public async Task SendEvent_RepeatedUuid_IsRecordedOnce()
    {
        var (portal, http) = fixture.NewPortal();
        var body = $$$"""{"eventName":"pe{{{portal.PortalId}}}_order_placed","email":"e@x.io","uuid":"u-1","properties":{"total":"10"}}""";
        var first = await http.PostAsync("/events/v3/send", body);
        var again = await http.PostAsync("/events/v3/send", body);
        var foreign = await http.PostAsync("/events/v3/send", """{"eventName":"pe1_other","email":"e@x.io","properties":{}}""");

        Assert.Equal((204, 204, 400), (first.Status, again.Status, foreign.Status));
        Assert.Single(portal.Events());
    }
}

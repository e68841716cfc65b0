using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OrleansSync.HubSpot.Sandbox.Api;
using OrleansSync.HubSpot.Sandbox.Associations;
using OrleansSync.HubSpot.Sandbox.Events;
using OrleansSync.HubSpot.Sandbox.Objects;
using OrleansSync.HubSpot.Sandbox.Pipelines;
using OrleansSync.HubSpot.Sandbox.Properties;
using OrleansSync.HubSpot.Sandbox.RateLimiting;

namespace OrleansSync.HubSpot.Sandbox.Hosting;

/// <summary>The HubSpot paths, each served under the legacy <c>v3</c>/<c>v4</c> prefix and the date-versioned ones.</summary>
internal static class ApiRoutes
{
    public static readonly string[] DateVersions = ["2026-03", "2026-09"];

    private static readonly ApiPolicy ObjectsRead = new(RateLimitPolicy.Standard, "crm.objects.{type}.read");
    private static readonly ApiPolicy ObjectsWrite = new(RateLimitPolicy.Standard, "crm.objects.{type}.write");
    private static readonly ApiPolicy SchemaRead = new(RateLimitPolicy.Standard, "crm.schemas.{type}.read");
    private static readonly ApiPolicy SchemaWrite = new(RateLimitPolicy.Standard, "crm.schemas.{type}.write");

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("").AddEndpointFilter<HubSpotApiFilter>();
        foreach (var version in (string[])["v3", .. DateVersions])
        {
            var objects = api.MapGroup(version == "v3" ? "/crm/v3/objects" : $"/crm/objects/{version}");
            MapObjects(objects);
            MapSchema(api.MapGroup(version == "v3" ? "/crm/v3/properties" : $"/crm/properties/{version}"), api.MapGroup(version == "v3" ? "/crm/v3/pipelines" : $"/crm/pipelines/{version}"));
            var events = api.MapGroup(version == "v3" ? "/events/v3" : $"/events/{version}");
            events.MapPost("/send", (Delegate)EventHandlers.SendAsync).WithMetadata(new ApiPolicy(RateLimitPolicy.Exempt, "analytics.behavioral_events.send"));
            events.MapPost("/send/batch", (Delegate)EventHandlers.SendBatchAsync).WithMetadata(new ApiPolicy(RateLimitPolicy.Exempt, "analytics.behavioral_events.send"));
            if (version != "v3")
            {
                MapAssociations(objects, api.MapGroup($"/crm/associations/{version}"));
            }
        }

        MapAssociations(api.MapGroup("/crm/v4/objects"), api.MapGroup("/crm/v4/associations"));
    }

    private static void MapObjects(RouteGroupBuilder g)
    {
        g.MapGet("/{objectType}", SingleObjectHandlers.List).WithMetadata(ObjectsRead);
        g.MapPost("/{objectType}", SingleObjectHandlers.CreateAsync).WithMetadata(ObjectsWrite);
        g.MapGet("/{objectType}/{id}", SingleObjectHandlers.Read).WithMetadata(ObjectsRead);
        g.MapMethods("/{objectType}/{id}", ["PATCH"], SingleObjectHandlers.UpdateAsync).WithMetadata(ObjectsWrite);
        g.MapDelete("/{objectType}/{id}", SingleObjectHandlers.Archive).WithMetadata(ObjectsWrite);
        g.MapPost("/{objectType}/batch/create", (HttpContext h, string objectType) => BatchWrites.HandleAsync(h, objectType, BatchWriteKind.Create, h.RequestServices.GetRequiredService<SandboxOptions>())).WithMetadata(ObjectsWrite);
        g.MapPost("/{objectType}/batch/update", (HttpContext h, string objectType) => BatchWrites.HandleAsync(h, objectType, BatchWriteKind.Update, h.RequestServices.GetRequiredService<SandboxOptions>())).WithMetadata(ObjectsWrite);
        g.MapPost("/{objectType}/batch/upsert", (HttpContext h, string objectType) => BatchWrites.HandleAsync(h, objectType, BatchWriteKind.Upsert, h.RequestServices.GetRequiredService<SandboxOptions>())).WithMetadata(ObjectsWrite);
        g.MapPost("/{objectType}/batch/read", BatchReadArchive.ReadAsync).WithMetadata(ObjectsRead);
        g.MapPost("/{objectType}/batch/archive", BatchReadArchive.ArchiveAsync).WithMetadata(ObjectsWrite);
        g.MapPost("/{objectType}/search", SearchHandler.SearchAsync).WithMetadata(new ApiPolicy(RateLimitPolicy.Search, "crm.objects.{type}.read"));
        g.MapPost("/{objectType}/merge", MergeAndGdprHandlers.MergeAsync).WithMetadata(ObjectsWrite);
        g.MapPost("/contacts/gdpr-delete", (Delegate)MergeAndGdprHandlers.GdprDeleteAsync).WithMetadata(new ApiPolicy(RateLimitPolicy.Standard, "crm.objects.contacts.write"));
    }

    private static void MapSchema(RouteGroupBuilder properties, RouteGroupBuilder pipelines)
    {
        properties.MapGet("/{objectType}", PropertyHandlers.List).WithMetadata(SchemaRead);
        properties.MapPost("/{objectType}", PropertyHandlers.CreateAsync).WithMetadata(SchemaWrite);
        properties.MapGet("/{objectType}/groups", PropertyHandlers.ListGroups).WithMetadata(SchemaRead);
        properties.MapPost("/{objectType}/groups", PropertyHandlers.CreateGroupAsync).WithMetadata(SchemaWrite);
        properties.MapGet("/{objectType}/groups/{name}", PropertyHandlers.ReadGroup).WithMetadata(SchemaRead);
        properties.MapGet("/{objectType}/{name}", PropertyHandlers.Read).WithMetadata(SchemaRead);
        properties.MapMethods("/{objectType}/{name}", ["PATCH"], PropertyHandlers.UpdateAsync).WithMetadata(SchemaWrite);
        pipelines.MapGet("/{objectType}", PipelineHandlers.List).WithMetadata(ObjectsRead);
        pipelines.MapPost("/{objectType}", PipelineHandlers.CreateAsync).WithMetadata(SchemaWrite);
        pipelines.MapGet("/{objectType}/{pipelineId}", PipelineHandlers.Read).WithMetadata(ObjectsRead);
        pipelines.MapDelete("/{objectType}/{pipelineId}", PipelineHandlers.Delete).WithMetadata(SchemaWrite);
        pipelines.MapPost("/{objectType}/{pipelineId}/stages", PipelineHandlers.CreateStageAsync).WithMetadata(SchemaWrite);
    }

    private static void MapAssociations(RouteGroupBuilder objects, RouteGroupBuilder batches)
    {
        var write = new ApiPolicy(RateLimitPolicy.Standard, "crm.objects.{type}.write");
        var read = new ApiPolicy(RateLimitPolicy.Standard, "crm.objects.{type}.read");
        objects.MapPut("/{fromType}/{fromId}/associations/default/{toType}/{toId}", AssociationHandlers.PutDefault).WithMetadata(write);
        objects.MapPut("/{fromType}/{fromId}/associations/{toType}/{toId}", AssociationHandlers.PutLabelledAsync).WithMetadata(write);
        objects.MapGet("/{fromType}/{fromId}/associations/{toType}", AssociationHandlers.List).WithMetadata(read);
        objects.MapDelete("/{fromType}/{fromId}/associations/{toType}/{toId}", AssociationHandlers.Delete).WithMetadata(write);
        var batchWrite = new ApiPolicy(RateLimitPolicy.DailyOnly, "crm.objects.{type}.write");
        var batchRead = new ApiPolicy(RateLimitPolicy.DailyOnly, "crm.objects.{type}.read");
        batches.MapPost("/{fromType}/{toType}/batch/associate/default", AssociationHandlers.BatchDefaultAsync).WithMetadata(batchWrite);
        batches.MapPost("/{fromType}/{toType}/batch/create", AssociationHandlers.BatchCreateAsync).WithMetadata(batchWrite);
        batches.MapPost("/{fromType}/{toType}/batch/read", AssociationHandlers.BatchReadAsync).WithMetadata(batchRead);
        batches.MapPost("/{fromType}/{toType}/batch/archive", AssociationHandlers.BatchArchiveAsync).WithMetadata(batchWrite);
        batches.MapGet("/{fromType}/{toType}/labels", AssociationHandlers.Labels).WithMetadata(read);
    }
}

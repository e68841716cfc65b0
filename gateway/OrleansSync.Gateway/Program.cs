using OrleansSync.Gateway;
using OrleansSync.Gateway.Health;
using OrleansSync.Gateway.Hosting;
using OrleansSync.Storage;

// The standalone gateway: an ASP.NET Core app with an Orleans client. A silo co-hosting the gateway calls AddGateway and
// MapGateway itself, with its own Orleans runtime in place of the client. A wrong setting ends it with one line on stderr.
return await ConfigurationErrors.RunAsync(async () =>
{
    var builder = WebApplication.CreateBuilder(args);
    builder.Services.AddGridSchemaMigration(builder.Configuration);
    builder.Services.AddOrleansSyncClient(builder.Configuration);
    builder.Services.AddGateway(builder.Configuration);
    builder.Services.AddGatewayHealthChecks();

    var app = builder.Build().ValidateConfiguration();
    app.UseExceptionHandler();
    app.UseStatusCodePages();
    app.MapGatewayHealth();
    app.MapGateway();
    await app.RunAsync();
    return 0;
});

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;

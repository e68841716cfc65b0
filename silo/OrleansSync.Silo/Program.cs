using OrleansSync.Gateway;
using OrleansSync.Silo.Startup;

// The main job: an Orleans silo, plus (unless Silo:HostGateway=false) the gateway in the same process.
// `dotnet run --project silo/OrleansSync.Silo -- migrate` only brings the PostgreSQL schema up to date and exits.
if (args is ["migrate", ..])
{
    return await SchemaMigrationCommand.RunAsync(args[1..]);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddOrleansSyncSilo();
builder.AddHubSpotConnection();
if (builder.HostsGateway())
{
    builder.AddDemoDefaults(HubSpotConnectionExtensions.SandboxPortalId);
    builder.Services.AddGateway(builder.Configuration);
}

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.MapSiloHealth();
if (builder.HostsGateway())
{
    app.MapGateway();
}

await app.RunAsync();
return 0;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OrleansSync.Runtime.Configuration;
using OrleansSync.Runtime.Hosting;
using OrleansSync.Runtime.ProcessSilo;
using OrleansSync.Runtime.Silo;

// Usage: dotnet OrleansSync.Runtime.ProcessSilo.dll --Grid:PostgresConnectionString=... --Grid:Schema=... --Silo:SiloId=...
var builder = Host.CreateApplicationBuilder(args);
builder.Services.AddGridSilo(builder.Configuration);
builder.Services.AddPostgresGridStore();
builder.Services.AddGrain<LedgerGrain>(LedgerGrain.TypeName);
builder.Services.AddSingleton(sp => new SiloIdentity(
    sp.GetRequiredService<IOptions<SiloOptions>>().Value.SiloId,
    sp.GetRequiredService<IOptions<GridOptions>>().Value.Schema));
builder.Build().Run();

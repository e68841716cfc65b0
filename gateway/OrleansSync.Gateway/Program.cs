using OrleansSync.Gateway;
using OrleansSync.Runtime.Hosting;

// The standalone gateway process. The silo's main job hosts the same gateway in-process with the same two calls.
var builder = WebApplication.CreateBuilder(args);
builder.Services.AddGridStore(builder.Configuration);
builder.Services.AddGateway(builder.Configuration);

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.MapGateway();
app.Run();

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;

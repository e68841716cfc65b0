using OrleansSync.HubSpot.Sandbox.Objects;

namespace OrleansSync.HubSpot.Sandbox.Pipelines;

/// <summary>A portal's pipelines per object type; deals start with HubSpot's <c>default</c> pipeline.</summary>
internal sealed class PipelineCatalog
{
    /// <summary>Stage caps: 100 for deals and tickets, 30 for orders.</summary>
    public static int MaxStages(ObjectType type) => type == ObjectType.Orders ? 30 : 100;

    private readonly Dictionary<string, List<Pipeline>> _pipelines = new(StringComparer.Ordinal);
    private long _nextId = 90_000_001;

    public PipelineCatalog()
    {
        var epoch = DateTimeOffset.UnixEpoch;
        var pipeline = new Pipeline { Id = "default", Label = "Sales Pipeline", CreatedAt = epoch, UpdatedAt = epoch };
        (string Id, string Label, string Probability)[] stages =
        [
            ("appointmentscheduled", "Appointment Scheduled", "0.2"), ("qualifiedtobuy", "Qualified To Buy", "0.4"),
            ("presentationscheduled", "Presentation Scheduled", "0.6"), ("decisionmakerboughtin", "Decision Maker Bought-In", "0.8"),
            ("contractsent", "Contract Sent", "0.9"), ("closedwon", "Closed Won", "1.0"), ("closedlost", "Closed Lost", "0.0"),
        ];
        for (var i = 0; i < stages.Length; i++)
        {
            pipeline.Stages.Add(new PipelineStage
            {
                Id = stages[i].Id, Label = stages[i].Label, DisplayOrder = i, CreatedAt = epoch, UpdatedAt = epoch,
                Metadata = { ["probability"] = stages[i].Probability, ["isClosed"] = IsClosed(stages[i].Probability) },
            });
        }

        For(ObjectType.Deals).Add(pipeline);
    }

    public List<Pipeline> For(ObjectType type)
    {
        if (!_pipelines.TryGetValue(type.TypeId, out var list))
        {
            list = [];
            _pipelines[type.TypeId] = list;
        }

        return list;
    }

    public Pipeline? Find(ObjectType type, string id) => For(type).FirstOrDefault(p => p.Id == id);

    public string NextId() => (_nextId++).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A deal stage is closed at probability 0 (lost) or 1 (won).</summary>
    public static string IsClosed(string probability) =>
        probability is "0.0" or "0" or "1.0" or "1" ? "true" : "false";
}

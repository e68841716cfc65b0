namespace OrleansSync.HubSpot.Sandbox.Objects;

internal sealed class SearchRequestWire
{
    public List<FilterGroupWire>? FilterGroups { get; set; }

    public List<SortWire>? Sorts { get; set; }

    public List<string>? Properties { get; set; }

    public string? Query { get; set; }

    public int? Limit { get; set; }

    public string? After { get; set; }
}

internal sealed class FilterGroupWire
{
    public List<FilterWire>? Filters { get; set; }
}

internal sealed class FilterWire
{
    public string? PropertyName { get; set; }

    public string? Operator { get; set; }

    public string? Value { get; set; }

    public string? HighValue { get; set; }

    public List<string>? Values { get; set; }
}

internal sealed class SortWire
{
    public string? PropertyName { get; set; }

    public string? Direction { get; set; }
}

internal sealed record SearchOutputWire(int Total, List<ObjectOutputWire> Results, PagingWire? Paging);

using System.Globalization;

namespace OrleansSync.Stores.Magento;

/// <summary>
/// The <c>searchCriteria</c> query of Magento's list endpoints: updated at or after the watermark (<c>gteq</c>, since
/// times have whole seconds and a strict <c>gt</c> would skip records sharing the last second), oldest first then by
/// id, one page.
/// </summary>
public static class MagentoSearchCriteria
{
    public static string UpdatedSince(DateTimeOffset? since, string idField, int pageSize, int currentPage, params (string Field, string Value, string Condition)[] filters)
    {
        var parts = new List<string>();
        var group = 0;
        if (since is { } s)
        {
            parts.Add(Filter(group++, "updated_at", MagentoOrders.Format(s), "gteq"));
        }

        foreach (var (field, value, condition) in filters)
        {
            parts.Add(Filter(group++, field, value, condition));
        }

        parts.Add("searchCriteria[sortOrders][0][field]=updated_at&searchCriteria[sortOrders][0][direction]=ASC");
        parts.Add($"searchCriteria[sortOrders][1][field]={idField}&searchCriteria[sortOrders][1][direction]=ASC");
        parts.Add(string.Create(CultureInfo.InvariantCulture, $"searchCriteria[pageSize]={pageSize}&searchCriteria[currentPage]={currentPage}"));
        return string.Join('&', parts);
    }

    private static string Filter(int group, string field, string value, string condition)
    {
        var prefix = $"searchCriteria[filter_groups][{group}][filters][0]";
        return $"{prefix}[field]={field}&{prefix}[value]={Uri.EscapeDataString(value)}&{prefix}[condition_type]={condition}";
    }
}

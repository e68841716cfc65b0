using System.Globalization;
using Microsoft.AspNetCore.Http;
using OrleansSync.HubSpot.Sandbox.Api;

namespace OrleansSync.HubSpot.Sandbox.Objects;

/// <summary>
/// <c>POST /{type}/search</c>: filter groups ORed, filters ANDed, 13 operators, one sort, limit ≤ 200,
/// 10,000-result cap, 5 groups / 6 filters per group / 18 filters in all (2024 documented limits).
/// </summary>
internal static class SearchHandler
{
    public static async Task<IResult> SearchAsync(HttpContext http, string objectType)
    {
        if (ObjectType.Find(objectType) is not { } type)
        {
            return HubSpotErrors.Validation($"Unable to infer object type from: {objectType}");
        }

        var request = await http.ReadBodyAsync(SandboxJsonContext.Default.SearchRequestWire);
        if (request is null)
        {
            return HubSpotErrors.InvalidJson();
        }

        var groups = request.FilterGroups ?? [];
        var limit = request.Limit ?? 10;
        var after = int.TryParse(request.After ?? "0", CultureInfo.InvariantCulture, out var a) ? a : -1;
        var problem = limit is < 1 or > 200 ? "limit must be between 1 and 200."
            : after < 0 ? "after must be an integer."
            : after + limit > 10_000 ? "Search results are limited to 10,000 per query."
            : groups.Count > 5 ? "Too many filter groups (max 5)."
            : groups.Any(g => (g.Filters?.Count ?? 0) > 6) ? "Too many filters in a group (max 6)."
            : groups.Sum(g => g.Filters?.Count ?? 0) > 18 ? "Too many filters (max 18)."
            : (request.Sorts?.Count ?? 0) > 1 ? "Only one sort is allowed." : null;
        if (problem is not null)
        {
            return HubSpotErrors.Validation(problem);
        }

        var portal = http.Portal();
        lock (portal.Gate)
        {
            var matches = portal.Store.All(type)
                .Where(r => groups.Count == 0 || groups.Any(g => (g.Filters ?? []).All(f => Matches(r, f))))
                .Where(r => request.Query is not { Length: > 0 } q || r.Properties.Values.Any(v => v.Contains(q, StringComparison.OrdinalIgnoreCase)));
            var sort = request.Sorts?.FirstOrDefault();
            var ordered = sort?.PropertyName is { } by
                ? (sort.Direction == "DESCENDING" ? matches.OrderByDescending(r => Key(r, by)) : matches.OrderBy(r => Key(r, by)))
                : matches.OrderBy(r => r.CreatedAt).ThenBy(r => r.Id.Length).ThenBy(r => r.Id, StringComparer.Ordinal);
            var all = ordered.ToList();
            var page = all.Skip(after).Take(limit).Select(r => ObjectViews.Read(r, ObjectViews.Requested(request.Properties))).ToList();
            var next = after + limit < all.Count ? new PagingWire(new PagingNextWire((after + limit).ToString(CultureInfo.InvariantCulture))) : null;
            return Results.Json(new SearchOutputWire(all.Count, page, next), SandboxJsonContext.Default.SearchOutputWire);
        }
    }

    private static bool Matches(CrmRecord record, FilterWire filter)
    {
        var has = record.Properties.TryGetValue(filter.PropertyName ?? "", out var actual);
        return filter.Operator switch
        {
            "HAS_PROPERTY" => has,
            "NOT_HAS_PROPERTY" => !has,
            _ when !has => filter.Operator is "NEQ" or "NOT_IN" or "NOT_CONTAINS_TOKEN",
            "EQ" => Compare(actual!, filter.Value) == 0,
            "NEQ" => Compare(actual!, filter.Value) != 0,
            "LT" => Compare(actual!, filter.Value) < 0,
            "LTE" => Compare(actual!, filter.Value) <= 0,
            "GT" => Compare(actual!, filter.Value) > 0,
            "GTE" => Compare(actual!, filter.Value) >= 0,
            "BETWEEN" => Compare(actual!, filter.Value) >= 0 && Compare(actual!, filter.HighValue) <= 0,
            "IN" => (filter.Values ?? []).Any(v => Compare(actual!, v) == 0),
            "NOT_IN" => !(filter.Values ?? []).Any(v => Compare(actual!, v) == 0),
            "CONTAINS_TOKEN" => Token(actual!, filter.Value),
            "NOT_CONTAINS_TOKEN" => !Token(actual!, filter.Value),
            _ => false,
        };
    }

    private static int Compare(string actual, string? wanted)
    {
        wanted ??= "";
        if (decimal.TryParse(actual, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) && decimal.TryParse(wanted, NumberStyles.Float, CultureInfo.InvariantCulture, out var y))
        {
            return x.CompareTo(y);
        }

        if (DateTimeOffset.TryParse(actual, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) && long.TryParse(wanted, CultureInfo.InvariantCulture, out var ms))
        {
            return at.ToUnixTimeMilliseconds().CompareTo(ms);
        }

        return string.Compare(actual, wanted, StringComparison.OrdinalIgnoreCase);
    }

    private static bool Token(string actual, string? pattern)
    {
        var p = (pattern ?? "").Trim('*');
        return pattern switch
        {
            null => false,
            _ when pattern.StartsWith('*') && pattern.EndsWith('*') => actual.Contains(p, StringComparison.OrdinalIgnoreCase),
            _ when pattern.StartsWith('*') => actual.EndsWith(p, StringComparison.OrdinalIgnoreCase),
            _ when pattern.EndsWith('*') => actual.StartsWith(p, StringComparison.OrdinalIgnoreCase),
            _ => actual.Split(' ', '@', '.', '-', '_').Any(t => t.Equals(p, StringComparison.OrdinalIgnoreCase)),
        };
    }

    private static string Key(CrmRecord record, string property) => record.Properties.GetValueOrDefault(property) ?? "";
}

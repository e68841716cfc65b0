using System.Globalization;
using System.Text.RegularExpressions;
using OrleansSync.HubSpot.Sandbox.Api;
using OrleansSync.HubSpot.Sandbox.Objects;
using OrleansSync.HubSpot.Sandbox.Portals;

namespace OrleansSync.HubSpot.Sandbox.Properties;

/// <summary>
/// Checks written values the way HubSpot does: unknown and read-only properties, numbers, booleans, dates,
/// enumeration options (case-sensitive), email syntax, deal pipeline/stage ids, non-negative line-item prices.
/// </summary>
internal static partial class PropertyValidator
{
    public static List<PropertyErrorWire> Validate(SandboxPortal portal, ObjectType type, IReadOnlyDictionary<string, string> values, CrmRecord? existing)
    {
        var errors = new List<PropertyErrorWire>();
        void Fail(string name, string code, string message) => errors.Add(new PropertyErrorWire(false, message, code, name, message, portal.PortalId));

        foreach (var (name, value) in values)
        {
            var definition = portal.Schema.Find(type, name);
            if (definition is null)
            {
                Fail(name, "PROPERTY_DOESNT_EXIST", $"Property \"{name}\" does not exist");
                continue;
            }

            if (definition.ReadOnlyValue)
            {
                Fail(name, "READ_ONLY_VALUE", $"\"{name}\" is a read only property; its value cannot be set.");
                continue;
            }

            if (value.Length == 0)
            {
                continue;
            }

            if (CheckValue(portal, type, definition, value, values, existing) is { } problem)
            {
                Fail(name, problem.Code, problem.Message);
            }
        }

        return errors;
    }

    private static (string Code, string Message)? CheckValue(
        SandboxPortal portal, ObjectType type, PropertyDefinition definition, string value, IReadOnlyDictionary<string, string> values, CrmRecord? existing)
    {
        if (type == ObjectType.Contacts && definition.Name == "email" && !EmailSyntax().IsMatch(value))
        {
            return ("INVALID_EMAIL", $"Email address {value} is invalid");
        }

        if (type == ObjectType.Deals && definition.Name is "pipeline" or "dealstage")
        {
            return CheckDealStage(portal, values, existing);
        }

        switch (definition.Type)
        {
            case "number":
                if (!decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
                {
                    return ("INVALID_LONG", $"{value} was not a valid long.");
                }

                return type == ObjectType.LineItems && definition.Name == "price" && number < 0
                    ? ("INVALID_NEGATIVE_VALUE", $"{value} is negative; line item prices cannot be negative.")
                    : null;
            case "bool":
                return value is "true" or "false" ? null : ("INVALID_BOOLEAN", $"{value} was not a valid boolean.");
            case "date":
                return IsDate(value) ? null : ("INVALID_DATE", $"{value} is not a valid date (YYYY-MM-DD or midnight UTC in epoch milliseconds).");
            case "datetime":
                return long.TryParse(value, CultureInfo.InvariantCulture, out _) || DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _)
                    ? null
                    : ("INVALID_DATETIME", $"{value} is not a valid datetime.");
            case "enumeration" when definition.Options.Count > 0:
                var allowed = definition.Options.Select(o => o.Value).ToHashSet(StringComparer.Ordinal);
                var chosen = definition.FieldType == "checkbox" ? value.TrimStart(';').Split(';') : [value];
                return chosen.All(allowed.Contains)
                    ? null
                    : ("INVALID_OPTION", $"{value} was not one of the allowed options: [{string.Join(", ", definition.Options.Select(o => o.Label))}]");
            default:
                return value.Length > 65_536 ? ("VALUE_TOO_LONG", $"Value for {definition.Name} is longer than 65536 characters.") : null;
        }
    }

    private static (string Code, string Message)? CheckDealStage(SandboxPortal portal, IReadOnlyDictionary<string, string> values, CrmRecord? existing)
    {
        var pipelineId = values.GetValueOrDefault("pipeline") is { Length: > 0 } p ? p : existing?.Properties.GetValueOrDefault("pipeline") ?? "default";
        var pipeline = portal.Pipelines.Find(ObjectType.Deals, pipelineId);
        if (pipeline is null)
        {
            return ("INVALID_OPTION", $"{pipelineId} was not one of the allowed options: [{string.Join(", ", portal.Pipelines.For(ObjectType.Deals).Select(x => x.Label))}]");
        }

        var stage = values.GetValueOrDefault("dealstage") is { Length: > 0 } s ? s : existing?.Properties.GetValueOrDefault("dealstage");
        return stage is null || pipeline.Stages.Any(x => x.Id == stage)
            ? null
            : ("INVALID_OPTION", $"{stage} was not one of the allowed options: [{string.Join(", ", pipeline.Stages.Select(x => x.Label))}]");
    }

    private static bool IsDate(string value)
    {
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            return true;
        }

        return long.TryParse(value, CultureInfo.InvariantCulture, out var ms) && ms % 86_400_000 == 0;
    }

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailSyntax();
}

using Microsoft.AspNetCore.Http;
using OrleansSync.HubSpot.Sandbox.Api;
using OrleansSync.HubSpot.Sandbox.Objects;

namespace OrleansSync.HubSpot.Sandbox.Properties;

/// <summary>Properties API: list, read, create (201; 409 when it exists), update; groups list/read/create.</summary>
internal static class PropertyHandlers
{
    private static readonly Dictionary<string, string[]> FieldTypes = new(StringComparer.Ordinal)
    {
        ["string"] = ["text", "textarea", "html", "phonenumber", "file", "calculation_equation"],
        ["number"] = ["number", "calculation_equation"],
        ["bool"] = ["booleancheckbox", "calculation_equation"],
        ["enumeration"] = ["select", "radio", "checkbox", "booleancheckbox", "calculation_equation"],
        ["date"] = ["date"],
        ["datetime"] = ["date"],
    };

    public static IResult List(HttpContext http, string objectType) => WithType(http, objectType, (portal, type) =>
        Results.Json(new PropertyListWire([.. portal.Schema.All(type).Select(Output)]), SandboxJsonContext.Default.PropertyListWire));

    public static IResult Read(HttpContext http, string objectType, string name) => WithType(http, objectType, (portal, type) =>
        portal.Schema.Find(type, name) is { } p ? Results.Json(Output(p), SandboxJsonContext.Default.PropertyOutputWire) : HubSpotErrors.NotFound($"Unable to find property {name}"));

    public static async Task<IResult> CreateAsync(HttpContext http, string objectType)
    {
        var input = await http.ReadBodyAsync(SandboxJsonContext.Default.PropertyInputWire);
        return WithType(http, objectType, (portal, type) =>
        {
            if (input is not { Name.Length: > 0, Label.Length: > 0, Type.Length: > 0, FieldType.Length: > 0, GroupName.Length: > 0 })
            {
                return HubSpotErrors.Validation("name, label, type, fieldType and groupName are required.");
            }

            if (!FieldTypes.TryGetValue(input.Type, out var allowed) || !allowed.Contains(input.FieldType))
            {
                return HubSpotErrors.Validation($"{input.FieldType} is not a valid fieldType for type {input.Type}.");
            }

            if (input.Type == "enumeration" && (input.Options is not { Count: > 0 } || input.Options.Any(o => string.IsNullOrEmpty(o.Value) || string.IsNullOrEmpty(o.Label))))
            {
                return HubSpotErrors.Validation("Enumeration properties need options, each with a label and a value.");
            }

            if (portal.Schema.FindIncludingArchived(type, input.Name) is not null)
            {
                return HubSpotErrors.Conflict($"Property named '{input.Name}' already exists.");
            }

            if (portal.Schema.FindGroup(type, input.GroupName) is null)
            {
                return HubSpotErrors.Validation($"Property group {input.GroupName} does not exist.");
            }

            if (input.HasUniqueValue == true && portal.Schema.UniqueCount(type) >= PropertyCatalog.MaxUniqueProperties)
            {
                return HubSpotErrors.Validation($"An object can have at most {PropertyCatalog.MaxUniqueProperties} unique value properties.");
            }

            var now = portal.Time.GetUtcNow();
            var property = new PropertyDefinition
            {
                Name = input.Name, Label = input.Label, Type = input.Type, FieldType = input.FieldType, GroupName = input.GroupName,
                Description = input.Description ?? "", HasUniqueValue = input.HasUniqueValue ?? false, DisplayOrder = input.DisplayOrder ?? -1,
                FormField = input.FormField ?? false, Hidden = input.Hidden ?? false, CreatedAt = now, UpdatedAt = now,
                Options = input.Options?.Select(o => new PropertyOption(o.Label!, o.Value!, o.DisplayOrder, o.Hidden)).ToList() ?? [],
            };
            portal.Schema.Add(type, property);
            return Results.Json(Output(property), SandboxJsonContext.Default.PropertyOutputWire, statusCode: StatusCodes.Status201Created);
        });
    }

    public static async Task<IResult> UpdateAsync(HttpContext http, string objectType, string name)
    {
        var input = await http.ReadBodyAsync(SandboxJsonContext.Default.PropertyInputWire);
        return WithType(http, objectType, (portal, type) =>
        {
            if (input is null)
            {
                return HubSpotErrors.InvalidJson();
            }

            if (portal.Schema.Find(type, name) is not { } property)
            {
                return HubSpotErrors.NotFound($"Unable to find property {name}");
            }

            if (input.HasUniqueValue is { } unique && unique != property.HasUniqueValue)
            {
                return HubSpotErrors.Validation("hasUniqueValue can only be set when a property is created.");
            }

            if (property.HubSpotDefined)
            {
                return HubSpotErrors.Validation($"{name} is a HubSpot-defined property and cannot be changed.");
            }

            property.Label = input.Label ?? property.Label;
            property.GroupName = input.GroupName ?? property.GroupName;
            property.Description = input.Description ?? property.Description;
            property.FieldType = input.FieldType ?? property.FieldType;
            property.Hidden = input.Hidden ?? property.Hidden;
            property.DisplayOrder = input.DisplayOrder ?? property.DisplayOrder;
            property.Options = input.Options?.Select(o => new PropertyOption(o.Label!, o.Value!, o.DisplayOrder, o.Hidden)).ToList() ?? property.Options;
            property.UpdatedAt = portal.Time.GetUtcNow();
            return Results.Json(Output(property), SandboxJsonContext.Default.PropertyOutputWire);
        });
    }

    public static IResult ListGroups(HttpContext http, string objectType) => WithType(http, objectType, (portal, type) =>
        Results.Json(new GroupListWire([.. portal.Schema.Groups(type).Select(Output)]), SandboxJsonContext.Default.GroupListWire));

    public static IResult ReadGroup(HttpContext http, string objectType, string name) => WithType(http, objectType, (portal, type) =>
        portal.Schema.FindGroup(type, name) is { } g ? Results.Json(Output(g), SandboxJsonContext.Default.GroupOutputWire) : HubSpotErrors.NotFound($"Unable to find group {name}"));

    public static async Task<IResult> CreateGroupAsync(HttpContext http, string objectType)
    {
        var input = await http.ReadBodyAsync(SandboxJsonContext.Default.GroupInputWire);
        return WithType(http, objectType, (portal, type) =>
        {
            if (input is not { Name.Length: > 0, Label.Length: > 0 })
            {
                return HubSpotErrors.Validation("name and label are required.");
            }

            if (portal.Schema.FindGroup(type, input.Name) is not null)
            {
                return HubSpotErrors.Conflict($"Property group named '{input.Name}' already exists.");
            }

            var group = new PropertyGroup { Name = input.Name, Label = input.Label, DisplayOrder = input.DisplayOrder ?? -1 };
            portal.Schema.AddGroup(type, group);
            return Results.Json(Output(group), SandboxJsonContext.Default.GroupOutputWire, statusCode: StatusCodes.Status201Created);
        });
    }

    private static IResult WithType(HttpContext http, string objectType, Func<Portals.SandboxPortal, ObjectType, IResult> action)
    {
        if (ObjectType.Find(objectType) is not { } type)
        {
            return HubSpotErrors.Validation($"Unable to infer object type from: {objectType}");
        }

        var portal = http.Portal();
        lock (portal.Gate)
        {
            return action(portal, type);
        }
    }

    private static PropertyOutputWire Output(PropertyDefinition p) => new(
        p.Name, p.Label, p.Type, p.FieldType, p.GroupName, p.Description, p.HasUniqueValue, p.HubSpotDefined, p.Hidden, p.FormField, p.DisplayOrder,
        [.. p.Options.Select(o => new OptionWire(o.Label, o.Value, o.DisplayOrder, o.Hidden))],
        new ModificationMetadataWire(!p.HubSpotDefined, p.HubSpotDefined, p.ReadOnlyValue),
        HubSpotErrors.Iso(p.CreatedAt), HubSpotErrors.Iso(p.UpdatedAt), p.Archived);

    private static GroupOutputWire Output(PropertyGroup g) => new(g.Name, g.Label, g.DisplayOrder, g.Archived);
}

using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using OrleansSync.Stores.Simulators.Hosting;

namespace OrleansSync.Stores.Simulators.CommerceTools;

/// <summary>
/// <c>POST /{projectKey}/customers/{id}</c> with <c>{version, actions}</c> as commercetools applies it: a stale version is
/// 409 ConcurrentModification with the current version; the actions <c>changeEmail</c>, <c>setFirstName</c>,
/// <c>setLastName</c>, <c>addAddress</c>, <c>changeAddress</c> and <c>setDefaultBillingAddress</c> are applied all or none
/// (400 InvalidInput/InvalidOperation otherwise), then the customer moves to its next version with one message per action.
/// </summary>
public sealed class CommerceToolsCustomerUpdates(CommerceToolsProjectData data)
{
    private int _concurrentModifications;

    public CustomerWriteLog Writes { get; } = new();

    /// <summary>The next <paramref name="updates"/> updates find the customer changed by someone else just before (a 409 for a version read earlier).</summary>
    public void ConcurrentModificationBeforeNext(int updates) => Interlocked.Exchange(ref _concurrentModifications, updates);

    public async Task<IResult> UpdateAsync(string id, HttpRequest request)
    {
        var result = await AnswerAsync(id, request);
        if (result is IStatusCodeHttpResult { StatusCode: not 200 })
        {
            Writes.CountRefused();
        }

        return result;
    }

    private async Task<IResult> AnswerAsync(string id, HttpRequest request)
    {
        if (!data.Customers.TryGetValue(id, out var customer))
        {
            return Error(404, "ResourceNotFound", $"The Resource with ID '{id}' was not found.");
        }

        JsonObject? update = null;
        try
        {
            update = await JsonNode.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted) as JsonObject;
        }
        catch (JsonException)
        {
        }

        if (update?["version"] is not JsonValue versionNode || !versionNode.TryGetValue<long>(out var version) || update["actions"] is not JsonArray actions)
        {
            return Error(400, "InvalidJsonInput", "Request body does not contain valid JSON: version and actions are required.");
        }

        lock (customer)
        {
            if (Volatile.Read(ref _concurrentModifications) > 0 && Interlocked.Decrement(ref _concurrentModifications) >= 0)
            {
                data.Touch(customer);
            }

            var current = customer["version"]!.GetValue<long>();
            if (version != current)
            {
                return SimulatorResults.Json(
                    new JsonObject
                    {
                        ["statusCode"] = 409,
                        ["message"] = $"Object {id} has a different version than expected. Expected: {version} - Actual: {current}.",
                        ["errors"] = new JsonArray(new JsonObject { ["code"] = "ConcurrentModification", ["message"] = "different version", ["currentVersion"] = current }),
                    },
                    StatusCodes.Status409Conflict);
            }

            var changed = customer.DeepClone().AsObject();
            var messages = new List<(string Type, JsonObject Fields)>();
            foreach (var action in actions.OfType<JsonObject>())
            {
                if (Apply(changed, action, messages) is { } refusal)
                {
                    return refusal;
                }
            }

            foreach (var (name, value) in changed.ToList())
            {
                customer[name] = value?.DeepClone();
            }

            data.Touch(customer);
            foreach (var (type, fields) in messages)
            {
                data.AddMessage("customer", customer, type, fields);
            }

            Writes.Accepted(id, update, customer);
            return SimulatorResults.Json(customer.DeepClone());
        }
    }

    private static IResult? Apply(JsonObject customer, JsonObject action, List<(string, JsonObject)> messages)
    {
        string? Text(string name) => action[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
        switch (Text("action"))
        {
            case "changeEmail" when Text("email") is { } email && email.Contains('@', StringComparison.Ordinal):
                customer["email"] = email;
                messages.Add(("CustomerEmailChanged", new JsonObject { ["email"] = email }));
                return null;
            case "changeEmail":
                return Error(400, "InvalidInput", "Invalid email address.");
            case "setFirstName":
                customer["firstName"] = Text("firstName");
                messages.Add(("CustomerFirstNameSet", new JsonObject { ["firstName"] = Text("firstName") }));
                return null;
            case "setLastName":
                customer["lastName"] = Text("lastName");
                messages.Add(("CustomerLastNameSet", new JsonObject { ["lastName"] = Text("lastName") }));
                return null;
            case "addAddress" when action["address"] is JsonObject address && address["country"] is not null:
                var added = address.DeepClone().AsObject();
                added["id"] = $"addr-{Guid.NewGuid():N}"[..13];
                Addresses(customer).Add(added);
                messages.Add(("CustomerAddressAdded", new JsonObject { ["address"] = added.DeepClone() }));
                return null;
            case "changeAddress" when action["address"] is JsonObject address && address["country"] is not null
                && Addresses(customer).OfType<JsonObject>().FirstOrDefault(a => a["id"]?.GetValue<string>() == Text("addressId")) is { } existing:
                var replaced = address.DeepClone().AsObject();
                replaced["id"] = Text("addressId");
                Addresses(customer)[Addresses(customer).IndexOf(existing)] = replaced;
                messages.Add(("CustomerAddressChanged", new JsonObject { ["address"] = replaced.DeepClone() }));
                return null;
            case "addAddress" or "changeAddress":
                return Error(400, "InvalidOperation", "The address must name a country, and an address to change must exist.");
            case "setDefaultBillingAddress"
                when Addresses(customer).OfType<JsonObject>().FirstOrDefault(a =>
                    (Text("addressId") is { } byId && a["id"]?.GetValue<string>() == byId) || (Text("addressKey") is { } byKey && a["key"]?.GetValue<string>() == byKey)) is { } billing:
                customer["defaultBillingAddressId"] = billing["id"]!.GetValue<string>();
                messages.Add(("CustomerDefaultBillingAddressSet", new JsonObject { ["address"] = billing.DeepClone() }));
                return null;
            default:
                return Error(400, "InvalidOperation", $"The update action '{Text("action")}' is not supported or names no existing address.");
        }
    }

    private static JsonArray Addresses(JsonObject customer)
    {
        if (customer["addresses"] is not JsonArray addresses)
        {
            customer["addresses"] = addresses = [];
        }

        return addresses;
    }

    private static IResult Error(int status, string code, string message) =>
        SimulatorResults.Json(
            new JsonObject { ["statusCode"] = status, ["message"] = message, ["errors"] = new JsonArray(new JsonObject { ["code"] = code, ["message"] = message }) },
            status);
}

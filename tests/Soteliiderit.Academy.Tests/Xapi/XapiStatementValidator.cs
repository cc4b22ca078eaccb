using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Soteliiderit.Academy.Tests.Xapi;

/// <summary>
/// The rules of the xAPI 1.0.3 statement format (data model, part two) that the academy's statements touch, applied
/// to the JSON as a learning record store would receive it. Returns what is wrong; nothing when the statement is valid.
/// </summary>
public static partial class XapiStatementValidator
{
    private static readonly HashSet<string> StatementProperties = ["id", "actor", "verb", "object", "result", "context", "timestamp", "stored", "authority", "version", "attachments"];
    private static readonly HashSet<string> AccountProperties = ["homePage", "name"];
    private static readonly HashSet<string> ContextActivityKinds = ["parent", "grouping", "category", "other"];
    private static readonly string[] Ifis = ["mbox", "mbox_sha1sum", "openid", "account"];

    public static IReadOnlyList<string> Validate(JsonElement statement)
    {
        var problems = new List<string>();
        if (statement.ValueKind != JsonValueKind.Object)
        {
            return ["a statement is a JSON object"];
        }

        NoNulls(statement, "statement", problems);
        foreach (var property in statement.EnumerateObject().Where(p => !StatementProperties.Contains(p.Name)))
        {
            problems.Add($"unknown property {property.Name}");
        }

        if (statement.TryGetProperty("id", out var id) && !IsUuid(id))
        {
            problems.Add("id is not a UUID");
        }

        Agent(statement, problems);
        Verb(statement, problems);
        Activity(statement, "object", problems);
        Result(statement, problems);
        Context(statement, problems);
        foreach (var moment in new[] { "timestamp", "stored" })
        {
            if (statement.TryGetProperty(moment, out var value) && !IsTimestamp(value))
            {
                problems.Add($"{moment} is not an ISO 8601 time with a zone");
            }
        }

        if (statement.TryGetProperty("version", out var version) && (version.ValueKind != JsonValueKind.String || !version.GetString()!.StartsWith("1.0", StringComparison.Ordinal)))
        {
            problems.Add("version is not 1.0.x");
        }

        return problems;
    }

    private static void Agent(JsonElement statement, List<string> problems)
    {
        if (!statement.TryGetProperty("actor", out var actor) || actor.ValueKind != JsonValueKind.Object)
        {
            problems.Add("actor is required");
            return;
        }

        if (actor.TryGetProperty("objectType", out var type) && type.GetString() is not ("Agent" or "Group"))
        {
            problems.Add("actor.objectType is neither Agent nor Group");
        }

        var identifiers = Ifis.Count(name => actor.TryGetProperty(name, out _));
        if (identifiers != 1)
        {
            problems.Add($"actor has {identifiers} inverse functional identifiers; an Agent has exactly one");
        }

        if (actor.TryGetProperty("mbox", out var mbox) && mbox.GetString()?.StartsWith("mailto:", StringComparison.Ordinal) != true)
        {
            problems.Add("actor.mbox is not a mailto IRI");
        }

        if (actor.TryGetProperty("account", out var account))
        {
            if (account.ValueKind != JsonValueKind.Object || account.EnumerateObject().Any(p => !AccountProperties.Contains(p.Name)))
            {
                problems.Add("actor.account has properties other than homePage and name");
            }
            else
            {
                if (!account.TryGetProperty("homePage", out var homePage) || !IsAbsoluteIri(homePage))
                {
                    problems.Add("actor.account.homePage is not an absolute IRL");
                }

                if (!account.TryGetProperty("name", out var name) || name.ValueKind != JsonValueKind.String || name.GetString()!.Length == 0)
                {
                    problems.Add("actor.account.name is required");
                }
            }
        }
    }

    private static void Verb(JsonElement statement, List<string> problems)
    {
        if (!statement.TryGetProperty("verb", out var verb) || !verb.TryGetProperty("id", out var id) || !IsAbsoluteIri(id))
        {
            problems.Add("verb.id is not an absolute IRI");
            return;
        }

        if (verb.TryGetProperty("display", out var display))
        {
            LanguageMap(display, "verb.display", problems);
        }
    }

    private static void Activity(JsonElement holder, string property, List<string> problems)
    {
        if (!holder.TryGetProperty(property, out var activity) || activity.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"{property} is required");
            return;
        }

        if (activity.TryGetProperty("objectType", out var type) && type.GetString() != "Activity")
        {
            problems.Add($"{property}.objectType is not Activity");
        }

        if (!activity.TryGetProperty("id", out var id) || !IsAbsoluteIri(id))
        {
            problems.Add($"{property}.id is not an absolute IRI");
        }

        if (activity.TryGetProperty("definition", out var definition))
        {
            foreach (var map in new[] { "name", "description" })
            {
                if (definition.TryGetProperty(map, out var value))
                {
                    LanguageMap(value, $"{property}.definition.{map}", problems);
                }
            }

            if (definition.TryGetProperty("type", out var kind) && !IsAbsoluteIri(kind))
            {
                problems.Add($"{property}.definition.type is not an absolute IRI");
            }
        }
    }

    private static void Result(JsonElement statement, List<string> problems)
    {
        if (!statement.TryGetProperty("result", out var result))
        {
            return;
        }

        foreach (var flag in new[] { "success", "completion" })
        {
            if (result.TryGetProperty(flag, out var value) && value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
            {
                problems.Add($"result.{flag} is not a boolean");
            }
        }

        if (result.TryGetProperty("score", out var score) && score.TryGetProperty("scaled", out var scaled)
            && (scaled.ValueKind != JsonValueKind.Number || scaled.GetDouble() is < -1 or > 1))
        {
            problems.Add("result.score.scaled is not a number from -1 to 1");
        }

        if (result.TryGetProperty("duration", out var duration) && (duration.ValueKind != JsonValueKind.String || !Duration().IsMatch(duration.GetString()!)))
        {
            problems.Add("result.duration is not an ISO 8601 duration");
        }
    }

    private static void Context(JsonElement statement, List<string> problems)
    {
        if (!statement.TryGetProperty("context", out var context))
        {
            return;
        }

        if (context.TryGetProperty("contextActivities", out var activities))
        {
            foreach (var kind in activities.EnumerateObject())
            {
                if (!ContextActivityKinds.Contains(kind.Name))
                {
                    problems.Add($"context.contextActivities.{kind.Name} is not parent, grouping, category or other");
                }

                var list = kind.Value.ValueKind == JsonValueKind.Array ? kind.Value.EnumerateArray().ToList() : [kind.Value];
                for (var i = 0; i < list.Count; i++)
                {
                    var holder = JsonSerializer.SerializeToElement(new Dictionary<string, JsonElement> { ["activity"] = list[i] });
                    Activity(holder, "activity", problems);
                }
            }
        }

        if (context.TryGetProperty("extensions", out var extensions))
        {
            foreach (var key in extensions.EnumerateObject().Where(e => !Uri.TryCreate(e.Name, UriKind.Absolute, out _)))
            {
                problems.Add($"context.extensions key {key.Name} is not an absolute IRI");
            }
        }

        if (context.TryGetProperty("language", out var language) && !LanguageTag().IsMatch(language.GetString() ?? ""))
        {
            problems.Add("context.language is not an RFC 5646 tag");
        }
    }

    private static void LanguageMap(JsonElement map, string where, List<string> problems)
    {
        if (map.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"{where} is not a language map");
            return;
        }

        foreach (var entry in map.EnumerateObject())
        {
            if (!LanguageTag().IsMatch(entry.Name))
            {
                problems.Add($"{where} key {entry.Name} is not an RFC 5646 tag");
            }

            if (entry.Value.ValueKind != JsonValueKind.String)
            {
                problems.Add($"{where}.{entry.Name} is not a string");
            }
        }
    }

    private static void NoNulls(JsonElement element, string where, List<string> problems)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Null:
                problems.Add($"{where} is null");
                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    NoNulls(property.Value, $"{where}.{property.Name}", problems);
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    NoNulls(item, $"{where}[{index++}]", problems);
                }

                break;
        }
    }

    private static bool IsUuid(JsonElement value) =>
        value.ValueKind == JsonValueKind.String && Uuid().IsMatch(value.GetString()!);

    private static bool IsAbsoluteIri(JsonElement value) =>
        value.ValueKind == JsonValueKind.String && Uri.TryCreate(value.GetString(), UriKind.Absolute, out var iri) && iri.Scheme.Length > 0;

    private static bool IsTimestamp(JsonElement value) =>
        value.ValueKind == JsonValueKind.String && Timestamp().IsMatch(value.GetString()!)
        && DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    [GeneratedRegex("^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", RegexOptions.IgnoreCase)]
    private static partial Regex Uuid();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex Timestamp();

    [GeneratedRegex(@"^P(?!$)(\d+(\.\d+)?Y)?(\d+(\.\d+)?M)?(\d+(\.\d+)?W)?(\d+(\.\d+)?D)?(T(?=\d)(\d+(\.\d+)?H)?(\d+(\.\d+)?M)?(\d+(\.\d+)?S)?)?$")]
    private static partial Regex Duration();

    [GeneratedRegex("^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*$")]
    private static partial Regex LanguageTag();
}

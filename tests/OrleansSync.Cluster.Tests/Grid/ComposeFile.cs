using System.Text.RegularExpressions;

namespace OrleansSync.Cluster.Tests.Grid;

/// <summary>
/// The services of the repository's <c>docker-compose.yml</c> and their <c>environment:</c>, read with a small
/// line-based reader of the YAML compose files use: block maps and lists, <c>&amp;anchors</c>, <c>*aliases</c>,
/// <c>&lt;&lt;:</c> merge keys, quoted scalars, and <c>${VAR:-default}</c> taken at its default (so a test does not
/// depend on the caller's shell). Anything else (flow maps, multi-line scalars) is read as an opaque string.
/// </summary>
public sealed partial class ComposeFile
{
    private readonly Dictionary<string, object?> _root;

    private ComposeFile(Dictionary<string, object?> root) => _root = root;

    public static ComposeFile Load(string path) => Parse(File.ReadAllLines(path));

    public static ComposeFile Parse(IEnumerable<string> text) => new(new Reader(text).ReadDocument());

    public IReadOnlyList<string> Services => _root.GetValueOrDefault("services") is Dictionary<string, object?> services ? [.. services.Keys] : [];

    /// <summary>The service's environment, merges and defaults applied; empty when it has none.</summary>
    public IReadOnlyDictionary<string, string> Environment(string service)
    {
        if (_root.GetValueOrDefault("services") is not Dictionary<string, object?> services || services.GetValueOrDefault(service) is not Dictionary<string, object?> definition)
        {
            throw new KeyNotFoundException($"docker-compose.yml has no service '{service}' (services: {string.Join(", ", Services)}).");
        }

        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        switch (definition.GetValueOrDefault("environment"))
        {
            case Dictionary<string, object?> map:
                foreach (var (key, value) in map)
                {
                    environment[key] = Substitute(value as string ?? "");
                }

                break;
            case List<object?> list:
                foreach (var item in list.OfType<string>())
                {
                    var equals = item.IndexOf('=', StringComparison.Ordinal);
                    environment[equals < 0 ? item : item[..equals]] = equals < 0 ? "" : Substitute(item[(equals + 1)..]);
                }

                break;
        }

        return environment;
    }

    private static string Substitute(string value) =>
        Variable().Replace(value, m => m.Value == "$$" ? "$" : m.Groups["default"].Success ? m.Groups["default"].Value : "");

    [GeneratedRegex(@"\$\$|\$\{(?<name>[A-Za-z_][A-Za-z0-9_]*)(?:(?::?-)(?<default>[^}]*))?\}")]
    private static partial Regex Variable();

    private sealed class Reader
    {
        private readonly List<(int Indent, string Text)> _lines;
        private readonly Dictionary<string, object?> _anchors = new(StringComparer.Ordinal);
        private int _next;

        public Reader(IEnumerable<string> text)
        {
            _lines = [.. text
                .Select(StripComment)
                .Where(l => l.Trim().Length > 0 && l.Trim() != "---")
                .Select(l => (l.Length - l.TrimStart(' ').Length, l.Trim()))];
        }

        public Dictionary<string, object?> ReadDocument() => _lines.Count == 0 ? [] : ReadMap(_lines[0].Indent);

        private Dictionary<string, object?> ReadMap(int indent)
        {
            var map = new Dictionary<string, object?>(StringComparer.Ordinal);
            var merges = new List<object?>();
            while (_next < _lines.Count && _lines[_next].Indent == indent && !IsListItem(_lines[_next].Text))
            {
                var text = _lines[_next++].Text;
                var (key, rest) = SplitKey(text);
                var value = ReadValue(rest, indent);
                if (key == "<<")
                {
                    merges.Add(value);
                }
                else
                {
                    map[key] = value;
                }
            }

            // Merge keys: explicit keys win, earlier merged maps win over later ones.
            foreach (var merged in merges.SelectMany(m => m is List<object?> list ? list : [m]).OfType<Dictionary<string, object?>>())
            {
                foreach (var (key, value) in merged)
                {
                    map.TryAdd(key, value);
                }
            }

            return map;
        }

        private List<object?> ReadList(int indent)
        {
            var list = new List<object?>();
            while (_next < _lines.Count && _lines[_next].Indent == indent && IsListItem(_lines[_next].Text))
            {
                list.Add(Scalar(_lines[_next++].Text[1..].Trim()));
            }

            return list;
        }

        // What follows "key:" on its line (rest), and the more indented block (or same-indent list) under it.
        private object? ReadValue(string rest, int indent)
        {
            string? anchor = null;
            if (rest.StartsWith('&'))
            {
                var space = rest.IndexOf(' ', StringComparison.Ordinal);
                anchor = space < 0 ? rest[1..] : rest[1..space];
                rest = space < 0 ? "" : rest[(space + 1)..].Trim();
            }

            object? value;
            if (rest.StartsWith('*'))
            {
                value = _anchors.TryGetValue(rest[1..], out var aliased) ? aliased : throw new FormatException($"Unknown YAML alias '{rest}'.");
            }
            else if (rest.Length > 0)
            {
                value = Scalar(rest);
            }
            else if (_next < _lines.Count && _lines[_next].Indent > indent)
            {
                value = IsListItem(_lines[_next].Text) ? ReadList(_lines[_next].Indent) : ReadMap(_lines[_next].Indent);
            }
            else if (_next < _lines.Count && _lines[_next].Indent == indent && IsListItem(_lines[_next].Text))
            {
                value = ReadList(indent);
            }
            else
            {
                value = null;
            }

            if (anchor is not null)
            {
                _anchors[anchor] = value;
            }

            return value;
        }

        private static (string Key, string Value) SplitKey(string text)
        {
            var colon = text.IndexOf(": ", StringComparison.Ordinal);
            if (colon < 0 && text.EndsWith(':'))
            {
                colon = text.Length - 1;
            }

            if (colon < 0)
            {
                throw new FormatException($"Not a 'key: value' line: {text}");
            }

            return (Unquote(text[..colon].Trim()), text[(colon + 1)..].Trim());
        }

        private static bool IsListItem(string text) => text == "-" || text.StartsWith("- ", StringComparison.Ordinal);

        private static string Scalar(string text) => Unquote(text);

        private static string Unquote(string text) =>
            text.Length >= 2 && (text[0] == '"' && text[^1] == '"' || text[0] == '\'' && text[^1] == '\'') ? text[1..^1] : text;

        // A '#' starts a comment at the line's start or after a space, outside quotes.
        private static string StripComment(string line)
        {
            var quote = '\0';
            for (var i = 0; i < line.Length; i++)
            {
                var c = line[i];
                if (quote != '\0')
                {
                    quote = c == quote ? '\0' : quote;
                }
                else if (c is '"' or '\'' && (i == 0 || line[i - 1] is ' ' or ':' or '-'))
                {
                    quote = c;
                }
                else if (c == '#' && (i == 0 || line[i - 1] == ' '))
                {
                    return line[..i];
                }
            }

            return line;
        }
    }
}

using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Schema;
using Site.Engine.Loading;
using Site.Tests.Support;
using YamlDotNet.Serialization;

namespace Site.Tests.Validation;

/// <summary>The JSON Schemas that editors use and the loader that the build uses accept the same content.</summary>
public sealed partial class SchemaAgreementTests
{
    private static string SchemaFolder => Path.Combine(RepoPaths.Root, "src", "Site.Engine", "Schemas");

    /// <summary>Each kind of file: its schema, the loader's field names, where a sample lives and a sample record with every field.</summary>
    public static TheoryData<string> Kinds() => new(Samples.Keys.Order(StringComparer.Ordinal));

    private static readonly Dictionary<string, (string[] Fields, string Path, string Sample)> Samples = new()
    {
        ["site"] = (Keys.Site.All, "input/site.yaml", """
            title: Test Site
            description: A test site.
            language: en
            base_url: https://example.org/
            base_path: /
            couple: [ann, bob]
            share_cards: false
            """),
        ["sources"] = (Keys.Sources.All, "input/sources.yaml", """
            - id: one
              seed: one.txt
              headline: The couple met
              date: 2020-05-01
              publisher: made for each other
              outlets: [{ name: Their friend, quote: Their friend said they were }]
              summary: The only article.
              url: https://example.org/the-article
            """),
        ["people"] = (Keys.People.All, "input/people.yaml", """
            - id: ann
              name: Ann
              relation: Bob's wife
              summary: An actor.
              children: [bob]
              same_as: [https://example.org/ann]
              citations: [{ source: one, quote: They married in 1988. }]
            - id: bob
              name: Bob
              relation: Ann's husband
              citations: [{ source: one, quote: They married in 1988. }]
            """),
        ["works"] = (Keys.Works.All, "input/works.yaml", """
            - id: the-film
              title: The Film
              kind: film
              year: 1987
              summary: Where they met.
              citations: [{ source: one, quote: The couple met on a film set in 1987. }]
              credits: [{ person: ann, role: acted, as: Herself, citations: [{ source: one, quote: met on a film set }] }]
            """),
        ["facts"] = (Keys.Facts.All, "input/facts/all.yaml", """
            - id: met
              statement: They met on a film set.
              about: [ann, bob, the-film]
              date: 1987
              citations: [{ source: one, quote: The couple met on a film set in 1987. }]
              claim: { key: year-met, value: "1987" }
            """),
        ["quotes"] = (Keys.Quotes.All, "input/quotes.yaml", """
            - id: happy
              speakers: [ann]
              text: We are very happy,
              source: one
              said_to: Their friend
              date: reported
              context: On their marriage.
              about: [bob]
              citations: [{ source: one, quote: Their friend said they were }]
            """),
        ["claims"] = (Keys.Claims.All, "input/claims.yaml", """
            - id: year-met
              question: When did they meet?
            """),
    };

    [Fact]
    public void Every_content_file_names_its_schema_and_validates_against_it()
    {
        var files = Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "input"), "*.yaml", SearchOption.AllDirectories).ToList();
        Assert.True(files.Count >= 10);
        foreach (var file in files)
        {
            var firstLine = File.ReadLines(file).First();
            var match = Modeline().Match(firstLine);
            Assert.True(match.Success, $"{file} should start with a yaml-language-server $schema line");
            var schemaPath = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, match.Groups[1].Value));
            var errors = Validate(LoadSchema(schemaPath), File.ReadAllText(file));
            Assert.True(errors.Count == 0, $"{file}: {string.Join("; ", errors)}");
        }
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_schema_lists_exactly_the_fields_the_loader_reads(string kind)
    {
        var schema = LoadSchema(Path.Combine(SchemaFolder, kind + ".schema.json"));
        var record = schema.Type == JSchemaType.Array ? schema.Items[0] : schema;
        Assert.Equal(Samples[kind].Fields.Order(StringComparer.Ordinal), record.Properties.Keys.Order(StringComparer.Ordinal));
        Assert.False(record.AllowAdditionalProperties);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task A_field_is_required_by_the_schema_exactly_when_the_loader_requires_it(string kind)
    {
        var (fields, path, sample) = Samples[kind];
        var schema = LoadSchema(Path.Combine(SchemaFolder, kind + ".schema.json"));
        Assert.Empty(Validate(schema, sample));
        using var site = TestSite.Create().With("input/claims.yaml", Samples["claims"].Sample).With(path, sample);
        Assert.DoesNotContain((await site.BuildAsync(checkOnly: true)).Diagnostics, d => d.IsError);

        foreach (var field in fields)
        {
            var without = Without(sample, field);
            site.With(path, without);
            var result = await site.BuildAsync(checkOnly: true);
            var loaderRequires = result.Diagnostics.Any(d => d.Code == "SG0102" && d.Message.EndsWith($"`{field}`", StringComparison.Ordinal));
            var schemaRequires = Validate(schema, without).Count > 0;
            Assert.True(loaderRequires == schemaRequires, $"{kind}.{field}: loader requires it: {loaderRequires}, schema requires it: {schemaRequires}");
        }
    }

    [Fact]
    public void The_lists_of_records_the_reader_advises_on_are_exactly_those_the_schemas_define()
    {
        // Given every field, in every schema, whose value is a list of groups of fields
        var lists = new Dictionary<string, string>(StringComparer.Ordinal);
        void Visit(JSchema schema)
        {
            foreach (var (name, property) in schema.Properties)
            {
                if (property.Type == JSchemaType.Array && property.Items.Count == 1 && property.Items[0].Type == JSchemaType.Object)
                {
                    lists[name] = string.Join(", ", property.Items[0].Properties.Keys.Order(StringComparer.Ordinal));
                }

                Visit(property);
                foreach (var item in property.Items)
                {
                    Visit(item);
                }
            }
        }

        foreach (var kind in Samples.Keys)
        {
            var schema = LoadSchema(Path.Combine(SchemaFolder, kind + ".schema.json"));
            Visit(schema.Type == JSchemaType.Array ? schema.Items[0] : schema);
        }

        // Then the reader's table of them, from which it names a list's lost field, holds the same fields
        Assert.Equal(
            lists.OrderBy(l => l.Key, StringComparer.Ordinal),
            Keys.RecordLists.Select(l => KeyValuePair.Create(l.Key, string.Join(", ", l.Value.Order(StringComparer.Ordinal)))).OrderBy(l => l.Key, StringComparer.Ordinal));
    }

    /// <summary>The sample with one field of its first record removed; the next field takes over a removed list marker.</summary>
    private static string Without(string sample, string field)
    {
        var lines = sample.Split('\n').ToList();
        var index = lines.FindIndex(line => Regex.IsMatch(line, $"^(- |  )?{Regex.Escape(field)}:"));
        var removed = lines[index];
        lines.RemoveAt(index);
        if (removed.StartsWith("- ", StringComparison.Ordinal))
        {
            lines[index] = "- " + lines[index][2..];
        }

        return string.Join('\n', lines);
    }

    private static JSchema LoadSchema(string path) =>
        JSchema.Parse(File.ReadAllText(path), new JSchemaReaderSettings { Resolver = new JSchemaUrlResolver(), BaseUri = new Uri(path) });

    private static List<string> Validate(JSchema schema, string yaml)
    {
        var data = new DeserializerBuilder().Build().Deserialize<object>(yaml);
        var json = JToken.FromObject(data!);
        json.IsValid(schema, out IList<string> errors);
        return [.. errors];
    }

    [GeneratedRegex(@"^# yaml-language-server: \$schema=(\S+)$")]
    private static partial Regex Modeline();
}

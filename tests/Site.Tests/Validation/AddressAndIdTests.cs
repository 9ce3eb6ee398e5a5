using Newtonsoft.Json.Linq;
using Site.Engine.Loading;
using Site.Tests.Support;

namespace Site.Tests.Validation;

/// <summary>Values that become addresses or file names are checked by one strict rule each, at the value.</summary>
public sealed class AddressAndIdTests
{
    public static TheoryData<string, string, int> BadAddresses() => new()
    {
        { "\"https://example.org/\\nDisallow: /\"", "SG0113", 11 },
        { "\"https://example.org/a\\r\\nb\"", "SG0113", 11 },
        { "\"https://example.org/\\e[31m\"", "SG0013", 32 },
        { "\"https://example.org/\\u202Egro\"", "SG0013", 32 },
        { "\"https://example.org/\\u200Bgro\"", "SG0113", 11 },
        { "\"https://example.org/\\u0085a\"", "SG0013", 32 },
        { "\"https://exa mple.org/\"", "SG0113", 11 },
        { "\"https://example.org/<script>\"", "SG0113", 11 },
        { "\"https://example.org/100%\"", "SG0113", 11 },
        { "\"javascript:alert(1)\"", "SG0108", 11 },
        { "\"https://\"", "SG0108", 11 },
        { "/relative/", "SG0108", 11 },
    };

    [Theory]
    [MemberData(nameof(BadAddresses))]
    public async Task A_base_url_is_an_http_address_with_only_characters_an_address_can_hold(string yamlValue, string code, int column)
    {
        using var site = TestSite.Create().With("input/site.yaml",
            $"title: T\ndescription: D\nlanguage: en\nbase_url: {yamlValue}\ncouple: [ann, bob]\n");

        var result = await site.BuildAsync(checkOnly: true);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((code, "input/site.yaml", 4, column), (error.Code, error.Span.Path, error.Span.Line, error.Span.Column));
    }

    [Fact]
    public async Task Addresses_in_same_as_follow_the_same_rule()
    {
        using var site = TestSite.Create().With("input/people.yaml", """
            - id: ann
              name: Ann
              relation: Bob's wife
              same_as: ["https://example.org/ann\u200B", "https://example.org/ann"]
              citations: [{ source: one, quote: They married in 1988. }]
            - id: bob
              name: Bob
              relation: Ann's husband
              citations: [{ source: one, quote: They married in 1988. }]
            """);

        var result = await site.BuildAsync(checkOnly: true);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("SG0113", 4, 13), (error.Code, error.Span.Line, error.Span.Column));
    }

    [Fact]
    public async Task A_page_name_longer_than_the_limit_is_refused_before_anything_is_written()
    {
        var name = string.Join('-', Enumerable.Repeat("our-long-story", 15));
        using var site = TestSite.Create().With($"input/pages/{name}.md", "---\ntitle: T\ndescription: D\n---\nText.\n");

        var result = await site.BuildAsync();

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(("SG0114", $"input/pages/{name}.md"), (error.Code, error.Span.Path));
    }

    [Fact]
    public async Task An_id_of_exactly_the_limit_builds()
    {
        var id = "a" + new string('b', MappingReader.MaxIdLength - 1);
        using var site = TestSite.Create().With($"input/pages/{id}.md", "---\ntitle: T\ndescription: D\n---\nText.\n");

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void The_schema_limits_ids_to_the_length_the_loader_accepts()
    {
        var common = JObject.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "src", "Site.Engine", "Schemas", "common.schema.json")));

        Assert.Equal(MappingReader.MaxIdLength, (int)common["definitions"]!["id"]!["maxLength"]!);
    }
}

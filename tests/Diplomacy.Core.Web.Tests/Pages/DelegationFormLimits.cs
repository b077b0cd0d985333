using Diplomacy.Core.Web.Tests.Hosting;

namespace Diplomacy.Core.Web.Tests.Pages;

/// <summary>The delegation form holds its values to the same limits as every other form: a value over one is said on the page and nothing is stored.</summary>
public sealed class DelegationFormLimits : SignedInEditor
{
    [Theory]
    [InlineData("Input.Id", "../../etc/passwd")]
    [InlineData("Input.Purpose", "Cooperation\u202Ewith Beijing")]
    [InlineData("Input.HeadName", "Kim\r\nDong-yeon")]
    [InlineData("Input.Gifts[0].Item", "Celadon\r\nvase")]
    [InlineData("Input.Commitments[0].What", "Send\u202Ean invitation")]
    public async Task A_delegation_form_value_over_a_limit_is_refused_on_the_page_and_nothing_is_stored(string name, string value)
    {
        var form = await Editor.Open("/write/delegation?lang=en");
        var commits = App.Store.Commits;

        var response = await Editor.Submit(form, "/write/delegation", [.. Trip().Where(field => field.Item1 != name), (name, value)]);

        (await Browsing.Read(response)).QuerySelector("#refusal-message").Should().NotBeNull();
        App.Store.Commits.Should().Be(commits);
    }

    [Fact]
    public async Task More_stops_than_a_form_takes_are_refused_and_nothing_is_stored()
    {
        var form = await Editor.Open("/write/delegation?lang=en");
        var commits = App.Store.Commits;
        var stops = Enumerable.Range(0, 31).Select(i => ($"Input.Stops[{i}].Place", "CN-BJ"));

        var response = await Editor.Submit(form, "/write/delegation", [.. Trip(), .. stops]);

        (await Browsing.Read(response)).QuerySelector("#refusal-message").Should().NotBeNull();
        App.Store.Commits.Should().Be(commits);
    }

    private static IEnumerable<(string, string)> Trip() =>
    [
        ("Input.Direction", "Outbound"),
        ("Input.Home", "KR-41"),
        ("Input.Purpose", "Cooperation with Beijing"),
        ("Input.Starts", "2025-10-10T09:00"),
        ("Input.Ends", "2025-10-12T20:00"),
        ("Input.HeadName", "Kim Dong-yeon"),
        ("Input.HeadTitle", "Governor"),
        ("Input.HeadRole", "governor"),
        ("Input.Stops[0].Place", "CN-BJ"),
        ("Input.Stops[0].Arrival", "2025-10-10T12:00"),
        ("Input.Stops[0].Departure", "2025-10-12T16:00"),
        ("Input.Gifts[0].Place", "CN-BJ"),
        ("Input.Gifts[0].At", "2025-10-11T11:00"),
        ("Input.Gifts[0].Item", "Celadon vase"),
        ("Input.Gifts[0].Recipient", "Mayor Yin Yong"),
        ("Input.Commitments[0].OwedBy", "KR-41"),
        ("Input.Commitments[0].OwedTo", "CN-BJ"),
        ("Input.Commitments[0].What", "Send an invitation"),
    ];
}

using System.Globalization;
using System.Resources;
using Diplomacy.Core.Agreements;
using Diplomacy.Core.Coverage;
using Diplomacy.Core.Delegations;
using Diplomacy.Core.Portfolio;
using Diplomacy.Core.Statistics;
using Diplomacy.Core.Web.Language;
using Diplomacy.Core.Web.Writing;

namespace Diplomacy.Core.Web.Tests.Language;

/// <summary>
/// A value of an enum the pages name is read from the key <c>TypeName.Value</c>: every value of every such enum has its
/// text, so a value added to the core without a text is caught here rather than shown as its code name.
/// </summary>
public sealed class EveryNamedValueHasAText
{
    private static readonly ResourceManager Resources = new("Diplomacy.Core.Web.Language.Texts", typeof(Texts).Assembly);

    [Theory]
    [InlineData(typeof(AgreementKind))]
    [InlineData(typeof(AgreementStatus))]
    [InlineData(typeof(CoverageOutcome))]
    [InlineData(typeof(CommitmentStatus))]
    [InlineData(typeof(DelegationDirection))]
    [InlineData(typeof(SuspensionReason))]
    [InlineData(typeof(StatisticsGrouping))]
    [InlineData(typeof(AgendaEntryKind))]
    [InlineData(typeof(EngagementRowKind))]
    [InlineData(typeof(GiftDirection))]
    [InlineData(typeof(GiftDispositionKind))]
    [InlineData(typeof(RegionRelation))]
    public void Every_value_of_an_enum_the_pages_name_has_a_text(Type named)
    {
        Enum.GetNames(named).Select(value => $"{named.Name}.{value}")
            .Where(key => Resources.GetString(key, CultureInfo.InvariantCulture) is null)
            .Should().BeEmpty();
    }

    [Fact]
    public void A_sister_city_reads_as_each_language_writes_it()
    {
        string[] tags = ["en", "ko", "ja", "zh-Hans"];

        tags.Select(tag => Texts.Of(tag).Kind(AgreementKind.SisterCity))
            .Should().Equal("sister city", "자매결연", "姉妹都市提携", "友好城市");
    }
}

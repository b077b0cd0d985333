using Diplomacy.Core.Geography;

namespace Diplomacy.Core.Tests.Geography;

/// <summary>The public name comparer is the directory's own rule, so an index kept elsewhere finds the same regions.</summary>
public sealed class RegionNameComparerRules
{
    [Theory]
    [InlineData("Córdoba", "CORDOBA")]
    [InlineData("Timişoara", "Timișoara")]
    [InlineData("  Łódź ", "lodz")]
    [InlineData("ＳＨＡＮＧＨＡＩ", "Shanghai")]
    public void Names_a_directory_matches_are_equal_and_hash_alike(string stored, string typed)
    {
        RegionNameComparer.Instance.Equals(stored, typed).Should().BeTrue();
        RegionNameComparer.Instance.Compare(stored, typed).Should().Be(0);
        RegionNameComparer.Instance.GetHashCode(stored).Should().Be(RegionNameComparer.Instance.GetHashCode(typed));
    }

    [Theory]
    [InlineData("が", "か")]
    [InlineData("Йошкар-Ола", "Иошкар-Ола")]
    [InlineData("Suwon", "Seoul")]
    public void Names_that_are_other_words_are_not_equal(string one, string other)
    {
        RegionNameComparer.Instance.Equals(one, other).Should().BeFalse();
        RegionNameComparer.Instance.Compare(one, other).Should().NotBe(0);
    }

    [Fact]
    public void Null_equals_only_null_and_sorts_first()
    {
        RegionNameComparer.Instance.Equals(null, null).Should().BeTrue();
        RegionNameComparer.Instance.Equals("Suwon", null).Should().BeFalse();
        RegionNameComparer.Instance.Equals(null, "Suwon").Should().BeFalse();
        RegionNameComparer.Instance.Compare(null, "Suwon").Should().BeNegative();
        RegionNameComparer.Instance.Compare("Suwon", null).Should().BePositive();
        ((Func<int>)(() => RegionNameComparer.Instance.GetHashCode(null!))).Should().Throw<ArgumentNullException>()
            .Which.ParamName.Should().Be("obj");
    }

    [Fact]
    public void The_comparer_equates_a_typed_name_with_a_stored_one_exactly_when_the_directory_finds_it()
    {
        string[] stored = ["Córdoba", "Zürich", "Łódź", "경기도", "が", "Straße"];
        string[] typed = ["cordoba", "ZURICH", "Lodz", "경기도", "か", "strasse", "Seoul"];
        foreach (var name in stored)
        {
            var directory = new RegionDirectory();
            var region = Region.CreateCountry(CountryCode.Parse("XA"), RegionNames.Of("en", name), "Etc/UTC");
            directory.Add(region);
            foreach (var text in typed)
            {
                RegionNameComparer.Instance.Equals(name, text).Should().Be(directory.FindByName(text).Contains(region), $"{name} and {text}");
            }
        }
    }
}

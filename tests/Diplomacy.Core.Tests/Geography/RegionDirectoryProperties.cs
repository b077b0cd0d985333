using CsCheck;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Geography;

/// <summary>What holds for every input: any casing of a stored name finds its region, and a batch's order never matters.</summary>
public sealed class RegionDirectoryProperties
{
    [Fact]
    public void Any_casing_of_a_seed_name_finds_its_region()
    {
        var directory = Seed.Directory();
        var named = Seed.All.SelectMany(region => region.Names.All, (region, name) => (region, name.Text)).ToArray();

        Gen.Select(Gen.OneOf(named), Gen.Bool.Array[64], (pair, upper) => (pair.region, Recase(pair.Text, upper)))
            .Sample((region, text) => directory.FindByName(text).Contains(region), iter: PropertySamples.Of(300));
    }

    [Fact]
    public void Any_casing_of_any_stored_name_finds_its_region()
    {
        // Latin with diacritics, Greek, Cyrillic, Hangul, CJK and kana: scripts with and without case.
        var letter = Gen.OneOf(Gen.Char['a', 'z'], Gen.Char['À', 'ÿ'], Gen.Char['α', 'ω'], Gen.Char['а', 'я'], Gen.Char['가', '힣'], Gen.Char['一', '龥'], Gen.Char['ァ', 'ン']);
        var name = letter.Array[1, 12].Select(chars => new string(chars)).Where(text => text.Trim().Length > 0);

        Gen.Select(name, Gen.Bool.Array[12], (text, upper) => (text, Recase(text, upper)))
            .Sample((stored, asked) =>
            {
                var region = Region.CreatePlace(new RegionId("X-1"), AdministrativeKind.Other, RegionNames.Of("und", stored), null, "UTC");
                var directory = new RegionDirectory();
                directory.Add(region);
                return directory.FindByName(asked).SequenceEqual([region]);
            }, iter: PropertySamples.Of(300));
    }

    [Fact]
    public void A_batch_in_any_order_gives_the_same_directory()
    {
        Gen.Shuffle(Seed.All.ToArray())
            .Sample(shuffled =>
            {
                var directory = new RegionDirectory();
                directory.AddRange(shuffled);
                return directory.Count == Seed.All.Count
                    && Seed.All.All(region => ReferenceEquals(directory.Resolve(region.Id.Value), region))
                    && directory.ChildrenOf(Seed.China).Count == 4
                    && directory.Regions.Select((region, index) => (region, index))
                        .All(entry => entry.region.Parent is null || directory.Regions.Take(entry.index).Contains(entry.region.Parent));
            }, iter: PropertySamples.Of(200));
    }

    private static string Recase(string text, bool[] upper) =>
        string.Concat(text.Select((c, i) => upper[i % upper.Length] ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c)));
}

using System.Globalization;
using Diplomacy.Core.Agreements;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Portfolio;
using Diplomacy.Core.Reference;
using NodaTime;

namespace Diplomacy.Core.Web.Storage.Tests.Fixtures;

/// <summary>
/// A register of the shape plain SQL can answer coverage for: every date a known day, no terms. Korea's, China's and
/// Japan's first-level divisions from the catalog (China's with their former codes), a city inside Gyeonggi and a
/// district inside Shanghai; ties from four homes to random partners, one in eight trilateral, of every kind, with
/// random histories: proposals left unsigned, signings that enter into force later (or never), suspensions and
/// resumptions (some on one day), upgrades, withdrawals, terminations, supersessions and retractions. Built through the
/// commands, so a refused step is left out and the register is valid; seeded, so every run holds the same ties.
/// </summary>
public static class ExactDayRegister
{
    public static readonly string[] Homes = ["KR-41", "KR-11", "KR-26", "KR-41-SUWON"];

    private static readonly LocalDate Origin = new(1990, 1, 1);

    public static Register Build(int ties)
    {
        var register = Register.Open();
        foreach (var country in new[] { "KR", "CN", "JP" })
        {
            Catalog.AddTo(register.Directory, country, withDescendants: true);
        }

        var directory = register.Directory;
        Region R(string id) => directory.TryGet(new RegionId(id), out var region) ? region : throw new InvalidOperationException(id);
        register.AddRegions(
        [
            Region.CreatePlace(new RegionId("KR-41-SUWON"), AdministrativeKind.City, RegionNames.Of("en", "Suwon"), R("KR-41")),
            Region.CreatePlace(new RegionId("CN-SH-PUDONG"), AdministrativeKind.District, RegionNames.Of("en", "Pudong"), R("CN-SH")),
        ]);

        var homes = Homes.Select(R).ToArray();
        var partners = directory.Regions.Where(region => region.Parent is not null).ToArray();
        var random = new Random(15);
        for (var n = 0; n < ties; n++)
        {
            var home = homes[random.Next(homes.Length)];
            var parties = new List<Region> { home };
            while (parties.Count < (random.Next(8) == 0 ? 3 : 2))
            {
                var partner = partners[random.Next(partners.Length)];
                if (!parties.Contains(partner))
                {
                    parties.Add(partner);
                }
            }

            var tie = Tie(random, string.Create(CultureInfo.InvariantCulture, $"T{n}"), parties);
            try
            {
                register.Add(tie);
            }
            catch (DomainRuleException)
            {
                register.AddDistinct(tie);
            }
        }

        return register;
    }

    /// <summary>Every day on which an event of the register takes effect, each with the day before, and a day before and after them all.</summary>
    public static IReadOnlyList<LocalDate> DaysOfChange(Register register) =>
        register.Agreements
            .SelectMany(tie => tie.History)
            .Select(change => change.OccurredOn.Latest!.Value)
            .SelectMany(day => new[] { day.PlusDays(-1), day })
            .Append(Origin.PlusDays(-1))
            .Append(new LocalDate(2040, 1, 1))
            .Distinct()
            .Order()
            .ToList();

    private static Agreement Tie(Random random, string id, List<Region> parties)
    {
        var kinds = Enum.GetValues<AgreementKind>();
        var kind = kinds[random.Next(kinds.Length)];
        var day = Origin.PlusDays(random.Next(12_000));
        Agreement tie;
        if (random.Next(8) == 0)
        {
            tie = Agreement.Propose(new AgreementId(id), kind, parties.Select(region => (Party)region), day);
            if (random.Next(2) == 0)
            {
                return tie;
            }

            day = day.PlusDays(random.Next(400));
            tie.Sign(day, SigningDetails.None);
        }
        else
        {
            var later = random.Next(6) == 0;
            tie = Agreement.Sign(new AgreementId(id), kind, parties.Select(region => (Party)region), day, new SigningDetails { EntersIntoForceOnSigning = !later });
            if (later && random.Next(3) != 0)
            {
                day = day.PlusDays(random.Next(400));
                tie.EnterIntoForce(day);
            }
        }

        for (var steps = random.Next(6); steps > 0; steps--)
        {
            // A step may fall on the day of the one before: events on one day apply in the order recorded.
            day = day.PlusDays(random.Next(3) == 0 ? 0 : random.Next(1, 1_500));
            Step(random, tie, parties, day);
        }

        return tie;
    }

    private static void Step(Random random, Agreement tie, List<Region> parties, LocalDate day)
    {
        try
        {
            switch (random.Next(20))
            {
                case < 7: tie.Suspend(day, SuspensionReason.Pandemic); break;
                case < 13: tie.Resume(day); break;
                case < 15: tie.Upgrade(day, AgreementKind.SisterCity); break;
                case 15: tie.Withdraw(day, parties[random.Next(parties.Count)], "Left the trilateral"); break;
                case 16: tie.Terminate(day, parties[random.Next(parties.Count)], "Dissolved"); break;
                case 17: tie.Supersede(day, new AgreementId(tie.Id.Value + "-NEW")); break;
                default: tie.Retract(tie.History[^1], "Recorded in error"); break;
            }
        }
        catch (DomainRuleException)
        {
            // The history refused the step (resuming what is not suspended, an upgrade that is not deeper): left out.
        }
    }
}

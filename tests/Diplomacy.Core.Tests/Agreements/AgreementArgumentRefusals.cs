using Diplomacy.Core.Agreements;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Agreements;

/// <summary>An agreement refuses a missing, blank or default argument with an argument exception naming the parameter, and changes nothing.</summary>
public sealed class AgreementArgumentRefusals
{
    private static readonly LocalDate Day = new(2026, 1, 1);

    private static Agreement SignedMou() => A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).ForYears(3).SignedOn(2025, 9, 25);

    public static TheoryData<string, string> Commands => new()
    {
        { "sign without details", "details" },
        { "renew without a term", "term" },
        { "terminate by nobody", "by" },
        { "terminate without a reason", "reason" },
        { "terminate for a blank reason", "reason" },
        { "supersede by the default id", "by" },
        { "suspend with a blank note", "note" },
        { "suspend for an undefined reason", "reason" },
        { "upgrade to an undefined kind", "to" },
        { "add no contact person", "contact" },
        { "add no source", "source" },
        { "add a blank note", "note" },
        { "add the default field", "field" },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void A_command_with_a_missing_or_malformed_argument_is_refused_naming_it_and_changes_nothing(string command, string parameter)
    {
        var mou = command == "sign without details" ? A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).ProposedOn(2025, 3, 1) : SignedMou();
        var before = AgreementSnapshot.Of(mou);

        var act = () => Run(mou, command);

        act.Should().Throw<ArgumentException>().WithParameterName(parameter);
        AgreementSnapshot.Of(mou).Should().BeEquivalentTo(before, options => options.RespectingRuntimeTypes().WithStrictOrdering());
    }

    [Fact]
    public void Asking_whether_no_region_is_a_party_is_refused_naming_the_region()
    {
        var mou = SignedMou();

        var asking = () => mou.HasParty(null!);

        asking.Should().Throw<ArgumentNullException>().WithParameterName("region");
    }

    [Fact]
    public void Asking_whether_an_agreement_repeats_no_agreement_is_refused_naming_the_other()
    {
        var mou = SignedMou();

        var asking = () => mou.IsLikelyDuplicateOf(null!);

        asking.Should().Throw<ArgumentNullException>().WithParameterName("other");
    }

    [Fact]
    public void A_missing_party_is_refused_naming_the_parties()
    {
        var signing = () => Agreement.Sign(new AgreementId("GG-SH-2025"), AgreementKind.CooperationMemorandum, [Party.FromRegion(Seed.Gyeonggi), null!], Day);

        signing.Should().Throw<ArgumentNullException>().WithParameterName("parties");
    }

    [Fact]
    public void The_default_field_among_an_agreement_s_fields_is_refused_naming_the_fields()
    {
        var signing = () => Agreement.Sign(
            new AgreementId("GG-SH-2025"),
            AgreementKind.CooperationMemorandum,
            [Seed.Gyeonggi, Seed.Shanghai],
            Day,
            fields: [CooperationField.Trade, default]);

        signing.Should().Throw<ArgumentException>().WithParameterName("fields");
    }

    [Fact]
    public void Signatories_that_are_missing_or_hold_a_missing_signatory_are_refused()
    {
        var none = () => new SigningDetails { Signatories = null! };
        var oneMissing = () => new SigningDetails { Signatories = [new Signatory("Kim Dong-yeon", "Governor", Seed.Gyeonggi), null!] };

        none.Should().Throw<ArgumentNullException>();
        oneMissing.Should().Throw<ArgumentNullException>().WithParameterName(nameof(SigningDetails.Signatories));
    }

    private static void Run(Agreement mou, string command)
    {
        switch (command)
        {
            case "sign without details": mou.Sign(Day, null!); break;
            case "renew without a term": mou.Renew(Day, null!); break;
            case "terminate by nobody": mou.Terminate(Day, null!, "political"); break;
            case "terminate without a reason": mou.Terminate(Day, Seed.Shanghai, null!); break;
            case "terminate for a blank reason": mou.Terminate(Day, Seed.Shanghai, "  "); break;
            case "supersede by the default id": mou.Supersede(Day, default); break;
            case "suspend with a blank note": mou.Suspend(Day, SuspensionReason.Other, " "); break;
            case "suspend for an undefined reason": mou.Suspend(Day, (SuspensionReason)99); break;
            case "upgrade to an undefined kind": mou.Upgrade(Day, (AgreementKind)99); break;
            case "add no contact person": mou.AddContactPerson(null!); break;
            case "add no source": mou.AddSource(null!); break;
            case "add a blank note": mou.AddNote(""); break;
            case "add the default field": mou.AddField(default); break;
            default: throw new ArgumentOutOfRangeException(nameof(command), command, "No such command in this table.");
        }
    }
}

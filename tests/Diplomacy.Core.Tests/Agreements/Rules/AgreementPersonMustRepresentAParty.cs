using Diplomacy.Core.Agreements;
using Diplomacy.Core.Tests.Fixtures;
using static Diplomacy.Core.Tests.Agreements.Rules.History;

namespace Diplomacy.Core.Tests.Agreements.Rules;

/// <summary>A signatory or contact person speaks for one of the agreement's parties.</summary>
public sealed class AgreementPersonMustRepresentAParty
{
    [Fact]
    public void A_contact_person_must_speak_for_a_party()
    {
        var mou = SignedMou();

        mou.RefusesWith(m => m.AddContactPerson(new ContactPerson("Someone", Seed.Beijing)), DomainRule.AgreementPersonMustRepresentAParty);
    }

    [Fact]
    public void A_signing_of_a_proposal_with_a_signatory_for_no_party_is_refused()
    {
        var proposal = A.MouBetween(Seed.Gyeonggi, Seed.Beijing).ProposedOn(2025, 3, 1);
        var details = new SigningDetails { Signatories = [new Signatory("Gong Zheng", "Mayor", Seed.Shanghai)] };

        proposal.RefusesWith(m => m.Sign(new LocalDate(2025, 9, 1), details), DomainRule.AgreementPersonMustRepresentAParty);
    }
}

using Ardalis.GuardClauses;
using Diplomacy.Core.Agreements;
using Diplomacy.Core.Delegations;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Portfolio.Rules;

namespace Diplomacy.Core.Portfolio;

/// <summary>Storing a register as facts and rebuilding it from them: a composition of the register's own adds.</summary>
public sealed partial class Register
{
    /// <summary>
    /// Rebuilds a register from the facts a host stored (see <see cref="ToFacts"/>): the regions are added in one batch,
    /// each agreement is rebuilt (<see cref="Agreement.Rebuild"/>) and added, as distinct when <see cref="RegisterFacts.DistinctTies"/>
    /// names it, and each delegation is rebuilt (<see cref="Delegation.Rebuild"/>) and recorded. Every rule is checked as
    /// those commands check it.
    /// </summary>
    /// <param name="facts">The stored facts.</param>
    /// <returns>The register, answering every question as the one stored did.</returns>
    /// <remarks>
    /// A <see cref="Signing"/> engagement linked to an agreement is linked again to the register's agreement of that id, so
    /// that the rebuilt delegation and register share one agreement; a signing of an agreement the register does not hold
    /// keeps the agreement it was stored with. Nothing half-built is returned.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <see cref="RegisterFacts.DistinctTies"/> names an agreement the facts do not hold, or an agreement or delegation is
    /// malformed (see <see cref="Agreement.Rebuild"/> and <see cref="Delegation.Rebuild"/>).
    /// </exception>
    /// <exception cref="DomainRuleException">
    /// A rule is broken: of the directory (<see cref="RegionDirectory.AddRange"/>), of an agreement or delegation, or of the
    /// register (<see cref="DomainRule.AgreementPartyMustBeInRegister"/>, <see cref="DomainRule.AgreementMustBeRegisteredOnce"/>,
    /// <see cref="DomainRule.AgreementMustNotDuplicateATie"/> for a tie not listed as distinct,
    /// <see cref="DomainRule.DelegationMustBeRecordedOnce"/>).
    /// </exception>
    /// <example>
    /// <code>
    /// RegisterFacts stored = register.ToFacts();   // keep it in a database or a document
    /// Register loaded = Register.Rebuild(stored);  // the same coverage, statistics and leads
    /// </code>
    /// </example>
    public static Register Rebuild(RegisterFacts facts)
    {
        Guard.Against.Null(facts);
        var distinct = facts.DistinctTies.ToHashSet();
        distinct.ExceptWith(facts.Agreements.Select(agreement => agreement.Id));
        if (distinct.Count > 0)
        {
            throw new ArgumentException($"The stored distinct ties {string.Join(", ", distinct)} name no stored agreement.", nameof(facts));
        }

        distinct.UnionWith(facts.DistinctTies);

        var register = Open();
        register.AddRegions(facts.Regions);
        foreach (var stored in facts.Agreements)
        {
            var agreement = Agreement.Rebuild(stored);
            if (distinct.Contains(agreement.Id))
            {
                register.AddDistinct(agreement);
            }
            else
            {
                register.Add(agreement);
            }
        }

        foreach (var stored in facts.Delegations)
        {
            register.Record(Delegation.Rebuild(register.Linked(stored)));
        }

        return register;
    }

    /// <summary>Everything a host needs to store the register, in public types: its regions, agreements, the ties that stand as distinct, and delegations.</summary>
    /// <returns>The facts; <see cref="Rebuild"/> gives back a register that answers as this one, and whose facts equal these.</returns>
    /// <example>
    /// <code>
    /// RegisterFacts stored = register.ToFacts();
    /// </code>
    /// </example>
    public RegisterFacts ToFacts() => new()
    {
        Regions = Directory.Regions,
        Agreements = [.. Agreements.Select(agreement => agreement.ToFacts())],
        DistinctTies = [.. Agreements.Where(StandsBesideAnEarlierTie).Select(agreement => agreement.Id)],
        Delegations = [.. Delegations.Delegations.Select(delegation => delegation.ToFacts())],
    };

    private bool StandsBesideAnEarlierTie(Agreement agreement) =>
        AgreementMustNotDuplicateATie.Repeated(
            agreement,
            _byPair.BindingEveryPartyOf(agreement).TakeWhile(held => !ReferenceEquals(held, agreement))) is not null;

    private DelegationFacts Linked(DelegationFacts stored) => stored with
    {
        Stops = [.. stored.Stops.Select(stop => stop with { Engagements = [.. stop.Engagements.Select(Linked)] })],
    };

    private Engagement Linked(Engagement engagement) =>
        engagement is Signing { Agreement: { } agreement } signing && Find(agreement.Id) is { } held && !ReferenceEquals(held, agreement)
            ? new Signing(signing.At, held)
            : engagement;
}

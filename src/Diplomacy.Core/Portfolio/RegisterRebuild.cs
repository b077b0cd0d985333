using System.Runtime.ExceptionServices;
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
    /// those commands check it. The agreements' histories are replayed half on each of two threads (each agreement's
    /// rules read only its own facts), and the first fault in the stored order is the one thrown, as a replay one agreement
    /// at a time would throw it.
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
        var (agreements, fault) = RebuildEach(facts.Agreements);
        foreach (var agreement in agreements)
        {
            if (distinct.Contains(agreement.Id))
            {
                register.AddDistinct(agreement);
            }
            else
            {
                register.Add(agreement);
            }
        }

        // Thrown only once every agreement before the malformed one was added, so that the first fault in the stored
        // order is the one reported, whether an earlier agreement breaks a register rule or this one a rule of its own.
        fault?.Throw();

        foreach (var stored in facts.Delegations)
        {
            register.Record(Delegation.Rebuild(register.Linked(stored)));
        }

        return register;
    }

    /// <summary>
    /// Rebuilds the stored agreements in their order, each half on a thread of its own (an agreement's history is
    /// replayed with its own rules alone, so the halves share nothing): the agreements before the first that cannot be
    /// rebuilt, and that one's exception.
    /// </summary>
    private static (ArraySegment<Agreement> Rebuilt, ExceptionDispatchInfo? Fault) RebuildEach(IReadOnlyList<AgreementFacts> stored)
    {
        var rebuilt = new Agreement[stored.Count];
        var half = rebuilt.Length / 2;
        (int End, ExceptionDispatchInfo? Fault) first = default;
        (int End, ExceptionDispatchInfo? Fault) second = default;
        Parallel.Invoke(
            () => first = RebuildRange(stored, rebuilt, 0, half),
            () => second = RebuildRange(stored, rebuilt, half, rebuilt.Length));
        var earliest = first.Fault is null ? second : first;
        return (new ArraySegment<Agreement>(rebuilt, 0, earliest.End), earliest.Fault);
    }

    /// <returns>Where the range's rebuilt agreements end: at the first that cannot be rebuilt, with its exception, or at the range's end.</returns>
    private static (int End, ExceptionDispatchInfo? Fault) RebuildRange(IReadOnlyList<AgreementFacts> stored, Agreement[] rebuilt, int from, int to)
    {
        for (var index = from; index < to; index++)
        {
            try
            {
                rebuilt[index] = Agreement.Rebuild(stored[index]);
            }
            catch (Exception malformed)
            {
                // Kept to be thrown as itself, after the agreements before it are added: as the one-at-a-time replay threw it.
                return (index, ExceptionDispatchInfo.Capture(malformed));
            }
        }

        return (to, null);
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

using Diplomacy.Core.Agreements;
using Diplomacy.Core.Delegations;
using Diplomacy.Core.Portfolio;
using Diplomacy.Core.Web.Storage;

namespace Diplomacy.Core.Web.Tests.Hosting;

/// <summary>
/// A store that keeps committed facts in memory, as a database keeps rows: the double the web tests run on, so that
/// they can see what was committed and what was not.
/// </summary>
public sealed class FactStore : IRegisterStore
{
    private readonly Lock _gate = new();
    private RegisterFacts _facts = new();

    /// <summary>How many writes were committed (the seed's included).</summary>
    public int Commits { get; private set; }

    /// <summary>The facts as committed now.</summary>
    public RegisterFacts Facts
    {
        get
        {
            lock (_gate)
            {
                return _facts;
            }
        }
    }

    public RegisterFacts Load() => Facts;

    public void Commit(RegisterChange change)
    {
        lock (_gate)
        {
            var changed = change.AgreementsChanged.ToDictionary(agreement => agreement.Id, agreement => agreement.ToFacts());
            var delegationsChanged = change.DelegationsChanged.ToDictionary(delegation => delegation.Id, delegation => delegation.ToFacts());
            _facts = new RegisterFacts
            {
                Regions = [.. _facts.Regions, .. change.RegionsAdded],
                Agreements = [.. _facts.Agreements.Select(facts => changed.GetValueOrDefault(facts.Id, facts)), .. change.AgreementsAdded.Select(agreement => agreement.ToFacts())],
                DistinctTies = [.. _facts.DistinctTies, .. change.DistinctTies],
                Delegations = [.. _facts.Delegations.Select(facts => delegationsChanged.GetValueOrDefault(facts.Id, facts)), .. change.DelegationsAdded.Select(delegation => delegation.ToFacts())],
            };
            Commits++;
        }
    }

    public AgreementFacts? Agreement(string id) => Facts.Agreements.SingleOrDefault(facts => facts.Id == new AgreementId(id));

    public DelegationFacts? Delegation(string id) => Facts.Delegations.SingleOrDefault(facts => facts.Id == new DelegationId(id));
}

using Diplomacy.Core.Agreements;

namespace Diplomacy.Core.Portfolio.Rules;

/// <summary>A register holds an agreement once: no two agreements in one register have the same id (ignoring case, as region ids).</summary>
internal static class AgreementMustBeRegisteredOnce
{
    /// <summary>The refusal of an agreement, given at an index of its batch, whose id the register holds already; or null.</summary>
    public static AgreementRefusal? Refusal(int index, Agreement agreement, IReadOnlyDictionary<AgreementId, Agreement> held) =>
        held.ContainsKey(agreement.Id)
            ? new AgreementRefusal(index, agreement, DomainRule.AgreementMustBeRegisteredOnce, $"The register already holds an agreement with the id {agreement.Id}.")
            : null;
}

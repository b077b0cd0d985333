using Ardalis.GuardClauses;
using Diplomacy.Core.Geography;
using NodaTime;

namespace Diplomacy.Core.Portfolio;

/// <summary>The register's answer to "what does the desk need to know about this partner".</summary>
public sealed partial class Register
{
    /// <summary>
    /// The dossier of one partner of a home on a day: the ties and their histories, the visits both ways, the commitments
    /// between them, the gifts given and received, contact persons, sources, the next dates and the leads.
    /// </summary>
    /// <param name="home">The home region.</param>
    /// <param name="partner">The partner, any region: one without a tie gets a dossier of its visits, commitments and leads.</param>
    /// <param name="on">The day the dossier is read on.</param>
    /// <param name="options">How far it looks ahead and back; <see cref="DossierOptions.Default"/> when null.</param>
    /// <returns>The dossier; see <see cref="PartnerDossier"/> for what each part holds.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="home"/> or <paramref name="partner"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="partner"/> is <paramref name="home"/>, or one lies inside the other.</exception>
    /// <example>
    /// <code>
    /// var shanghai = register.DossierOf(gyeonggi, shanghaiRegion, today);
    /// foreach (var entry in shanghai.NextDates) { /* the next 90 days with Shanghai */ }
    /// </code>
    /// </example>
    public PartnerDossier DossierOf(Region home, Region partner, LocalDate on, DossierOptions? options = null)
    {
        Guard.Against.Null(home);
        Guard.Against.Null(partner);
        if (home.IsWithin(partner) || partner.IsWithin(home))
        {
            throw new ArgumentException($"The partner '{partner.Id}' is the home '{home.Id}' or lies inside it (or the other way round): a dossier is about a partner outside the home.", nameof(partner));
        }

        return DossierOfPartner.Build(this, home, partner, on, options ?? DossierOptions.Default);
    }
}

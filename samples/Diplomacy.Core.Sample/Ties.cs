using Diplomacy.Core.Agreements;
using Diplomacy.Core.Calendar;
using NodaTime;

namespace Diplomacy.Core.Sample;

/// <summary>Gyeonggi's MOUs with three of China's four direct-administered municipalities.</summary>
internal sealed class Ties
{
    public Ties(Places places)
    {
        // The report says only that Tianjin's MOU came before Chongqing's: its day is a bound, never a guess.
        Tianjin = Agreement.Sign(
            new AgreementId("GG-TJ-MOU"),
            AgreementKind.CooperationMemorandum,
            [places.Gyeonggi, places.Tianjin],
            PartialDate.OnOrBefore(new LocalDate(2025, 9, 22)),
            title: "Gyeonggi Province–Tianjin MOU");

        // Signed in Chongqing with Mayor Hu Henghua; exchanges interrupted by COVID-19 resume with it.
        Chongqing = Agreement.Sign(
            new AgreementId("GG-CQ-MOU-2025"),
            AgreementKind.CooperationMemorandum,
            [places.Gyeonggi, places.Chongqing],
            new LocalDate(2025, 9, 23),
            new SigningDetails
            {
                Place = places.Chongqing,
                Signatories = [new Signatory("Kim Dong-yeon", "Governor", places.Gyeonggi), new Signatory("Hu Henghua", "Mayor", places.Chongqing)],
            },
            title: "Gyeonggi Province–Chongqing Friendly Cooperation MOU",
            fields:
            [
                CooperationField.Economy, CooperationField.Trade, CooperationField.Science, CooperationField.Technology,
                CooperationField.Education, CooperationField.Culture, CooperationField.Tourism, CooperationField.UrbanManagement,
                CooperationField.Ict, CooperationField.Environment, CooperationField.Health, CooperationField.Welfare,
            ]);
        Chongqing.AddContactPerson(new ContactPerson("Hong Sang-woo", places.Gyeonggi, title: "Ambassador for International Relations"));
        Chongqing.AddContactPerson(new ContactPerson("name not reported", places.Chongqing, title: "Vice-Mayor of Chongqing"));

        // Signed at Shanghai's municipal government at 15:00 local time (the hour is this sample's assumption).
        Shanghai = Agreement.Sign(
            new AgreementId("GG-SH-MOU-2025"),
            AgreementKind.CooperationMemorandum,
            [places.Gyeonggi, places.Shanghai],
            new LocalDate(2025, 9, 25),
            new SigningDetails
            {
                Place = places.Shanghai,
                Ceremony = new LocalDateTime(2025, 9, 25, 15, 0).InZoneStrictly(places.Shanghai.TimeZone),
                Signatories = [new Signatory("Kim Dong-yeon", "Governor", places.Gyeonggi), new Signatory("Gong Zheng", "Mayor", places.Shanghai)],
            },
            title: "Gyeonggi Province–Shanghai Friendly Cooperation MOU",
            fields: [CooperationField.Culture, CooperationField.Tourism, CooperationField.Science, CooperationField.Technology]);
        Shanghai.AddSource(SourceReference.FromCitation("Incheon Ilbo, 2025: 중국 4대 직할시 중 3곳과 협력…상하이시와 우호협정 체결"));
    }

    public Agreement Tianjin { get; }

    public Agreement Chongqing { get; }

    public Agreement Shanghai { get; }

    public IReadOnlyList<Agreement> All => [Tianjin, Chongqing, Shanghai];
}

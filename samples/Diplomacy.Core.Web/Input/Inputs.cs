using Diplomacy.Core.Delegations;
using System.Globalization;
using System.Text.RegularExpressions;
using Diplomacy.Core.Agreements;
using Diplomacy.Core.Calendar;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Portfolio;
using NodaTime;
using NodaTime.Text;

namespace Diplomacy.Core.Web.Input;

/// <summary>Reads the values pages and the API take as text, with a <see cref="BadInputException"/> naming the field when one is not readable.</summary>
internal static partial class Inputs
{
    public static LocalDate DateOr(string? text, LocalDate fallback, string field = "date")
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        var parsed = LocalDatePattern.Iso.Parse(text.Trim());
        return parsed.Success ? parsed.Value : throw new BadInputException(field, $"'{text}' is not a date (yyyy-MM-dd).");
    }

    /// <summary>A local date and time as a form's <c>datetime-local</c> field sends it (<c>2025-09-22T09:00</c>, seconds optional).</summary>
    public static LocalDateTime DateTime(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new BadInputException(field, "A date and time is required (yyyy-MM-ddTHH:mm).");
        }

        var trimmed = text.Trim();
        var parsed = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm").Parse(trimmed);
        if (!parsed.Success)
        {
            parsed = LocalDateTimePattern.GeneralIso.Parse(trimmed);
        }

        return parsed.Success ? parsed.Value : throw new BadInputException(field, $"'{text}' is not a date and time (yyyy-MM-ddTHH:mm).");
    }

    public static PartialDate PartialDate(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new BadInputException(field, "A date is required (2025-09-23, 2025-09, 2025, ..2025-09-22, 2025-09-22.., or unknown).");
        }

        try
        {
            return Calendar.PartialDate.Parse(text);
        }
        catch (ArgumentException e)
        {
            throw new BadInputException(field, $"'{text}' is not a date as registers write it: {e.Message}");
        }
    }

    public static Region Region(Register register, string? key, string field)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            throw new BadInputException(field, "A region is required.");
        }

        return register.Directory.Resolve(key.Trim()) ?? throw new BadInputException(field, $"The register holds no region '{key}'.{KeysNamed(register, key)}");
    }

    /// <summary>
    /// When a name was typed where a key belongs (a search field used without its script), the keys of the regions
    /// with that name, so that the refusal says what to type instead; a name is never taken for a key.
    /// </summary>
    private static string KeysNamed(Register register, string name)
    {
        const int mostShown = 5;
        var named = register.Directory.FindByName(name);
        if (named.Count == 0)
        {
            return string.Empty;
        }

        var keys = string.Join(", ", named.Take(mostShown).Select(region => region.Id.Value));
        return $" Give a key: '{name.Trim()}' names {keys}{(named.Count > mostShown ? $" and {named.Count - mostShown} more" : string.Empty)}.";
    }

    public static Agreement Tie(Register register, string? id, string field = "id")
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new BadInputException(field, "A tie's id is required.");
        }

        return register.Find(new AgreementId(id.Trim())) ?? throw new BadInputException(field, $"The register holds no tie '{id}'.");
    }

    public static TEnum? EnumOrNull<TEnum>(string? text, string field)
        where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return System.Enum.TryParse<TEnum>(text.Trim(), ignoreCase: true, out var value) && System.Enum.IsDefined(value)
            ? value
            : throw new BadInputException(field, $"'{text}' is none of {string.Join(", ", System.Enum.GetNames<TEnum>())}.");
    }

    public static TEnum Enum<TEnum>(string? text, string field)
        where TEnum : struct, Enum =>
        EnumOrNull<TEnum>(text, field) ?? throw new BadInputException(field, $"One of {string.Join(", ", System.Enum.GetNames<TEnum>())} is required.");

    public static CountryCode? CountryOrNull(string? text, string field = "country")
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return CountryCode.TryParse(text.Trim().ToUpperInvariant(), out var code)
            ? code
            : throw new BadInputException(field, $"'{text}' is not an ISO 3166-1 country code.");
    }

    public static CooperationField? FieldOrNull(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : CooperationField.Of(text);

    public static int PositiveNumber(string? text, string field) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0
            ? number
            : throw new BadInputException(field, $"'{text}' is not a positive whole number.");

    /// <summary>
    /// An amount and a currency code, both or neither; null when both are blank. The core's <see cref="Money"/> decides what
    /// it takes. The amount is written with a decimal point and, if at all, commas between groups of three digits
    /// (<c>1,200,000.50</c>): <c>1,5</c> or <c>1.000,50</c>, a decimal comma, is refused rather than read as 15 or 1.
    /// </summary>
    public static Money? MoneyOrNull(string? amount, string? currency, string field)
    {
        if (string.IsNullOrWhiteSpace(amount) && string.IsNullOrWhiteSpace(currency))
        {
            return null;
        }

        if (amount is null || !Amount().IsMatch(amount)
            || !decimal.TryParse(amount, NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var value))
        {
            throw new BadInputException(field, $"'{amount}' is not an amount of zero or more (digits, a decimal point, commas only between groups of three digits).");
        }

        try
        {
            return new Money(value, new CurrencyCode(currency?.Trim() ?? string.Empty));
        }
        catch (ArgumentException e)
        {
            throw new BadInputException(field, $"'{amount} {currency}' is not money the register takes: {e.Message}");
        }
    }

    // A comma stands only between groups of three digits, so that a decimal comma is not taken as a thousands separator.
    [GeneratedRegex(@"^(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]*)(?:\.[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Amount();
}

namespace Diplomacy.Core.Web.Hosting;

/// <summary>Whose register this is: the home region pages open on, whose zone says what "today" is (<c>Register:Home</c>).</summary>
public sealed class ObserverOptions
{
    public const string Section = "Register";

    /// <summary>The home region's key; Gyeonggi-do unless configured.</summary>
    public string Home { get; set; } = "KR-41";
}

using System.Globalization;
using Diplomacy.Core.Agreements;
using Diplomacy.Core.Coverage;
using Diplomacy.Core.Delegations;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Portfolio;
using Diplomacy.Core.Statistics;
using Diplomacy.Core.Web.Writing;

namespace Diplomacy.Core.Web.Language;

/// <summary>
/// Every word the pages show, in English and Korean, in one place. A page asks for a text by name; the language is the
/// request's (<see cref="LanguageSelection"/>). Region names are not here: they come from the regions themselves.
/// </summary>
public sealed class Texts
{
    private readonly bool _korean;

    private Texts(string code)
    {
        Code = code;
        Language = LanguageTag.Parse(code);
        _korean = code == "ko";
    }

    public static Texts English { get; } = new("en");

    public static Texts Korean { get; } = new("ko");

    /// <summary>The texts of a language code (<c>en</c>, <c>ko</c>), or null for any other.</summary>
    public static Texts? Find(string? code) => code?.Trim().ToLowerInvariant() switch
    {
        "en" => English,
        "ko" => Korean,
        _ => null,
    };

    /// <summary>The language's code, as <c>?lang=</c> takes it.</summary>
    public string Code { get; }

    /// <summary>The language, for region names and the core's own texts.</summary>
    public LanguageTag Language { get; }

    /// <summary>The other language, for the switch.</summary>
    public Texts Other => _korean ? English : Korean;

    /// <summary>The language's own name, as the switch shows it.</summary>
    public string LanguageName => T("English", "한국어");

    public string AppName => T("Partner register", "국제교류 등록부");

    public string NavHome => T("Ties", "교류 현황");

    public string NavCoverage => T("Coverage", "커버리지");

    public string NavRecordTie => T("Record a tie", "협약 등록");

    public string NavRecordEvent => T("Record an event", "사건 기록");

    public string NavImport => T("Import", "가져오기");

    public string NavSignIn => T("Sign in", "로그인");

    public string NavSignOut => T("Sign out", "로그아웃");

    public string SignedInAs(string name) => T($"Signed in as {name}", $"{name}(으)로 로그인됨");

    public string HomeRegion => T("Home region", "기준 지역");

    public string Date => T("Date", "날짜");

    public string Today => T("Today", "오늘");

    public string Show => T("Show", "보기");

    public string Any => T("any", "전체");

    public string Country => T("Partner country", "상대 국가");

    public string KindLabel => T("Kind", "종류");

    public string FieldLabel => T("Field", "분야");

    public string Fields => T("Fields", "분야");

    public string StatusLabel => T("Status", "상태");

    public string Title => T("Title", "제목");

    public string Partners => T("Partners", "상대 지역");

    public string SignedOn => T("Signed", "체결일");

    public string TiesOfOn(string home, string date) => T($"Ties of {home} on {date}", $"{date} 기준 {home}의 교류 협약");

    public string NoTies => T("No tie matches.", "해당하는 협약이 없습니다.");

    public string Delegations => T("Delegations", "대표단");

    public string CoverageTitle => T("Coverage", "커버리지");

    public string Cohort => T("Cohort", "대상 집단");

    public string CoverageOf(string home, string cohort, string date) =>
        T($"{home}'s ties with {cohort} on {date}", $"{date} 기준 {home}의 {cohort} 교류");

    public string CoveredMembers => T("Covered", "교류 중");

    public string MissingMembers => T("Missing", "미교류");

    public string UncertainMembers => T("Uncertain", "불확실");

    public string None => T("none", "없음");

    public string TiesBehind => T("Ties", "근거 협약");

    public string CoverageOverTime => T("Coverage over time", "시기별 커버리지");

    public string ChartDescription(string cohort) =>
        T($"How many members of {cohort} were covered, date by date; the dashed line counts the uncertain ones too.",
            $"{cohort} 중 교류 지역 수의 변화. 점선은 불확실한 지역까지 포함한 수입니다.");

    public string ChartCoveredLine => T("Covered", "교류 중");

    public string ChartUncertainLine => T("Covered or uncertain", "교류 중 또는 불확실");

    public string ChartChosenDate => T("Chosen date", "선택한 날짜");

    public string Members => T("members", "곳");

    public string FromStartOfTime => T("from the start", "처음부터");

    public string Onwards => T("onwards", "이후");

    public string Period => T("Period", "기간");

    public string Count => T("Count", "수");

    public string CohortChinaMunicipalities => T("China's direct-administered municipalities", "중국 4대 직할시");

    public string CohortChinaProvinceLevel => T("China's province-level divisions", "중국 성급 행정구역");

    public string CohortKoreaFirstLevel => T("Korea's first-level divisions", "한국 광역자치단체");

    public string CohortJapanPrefectures => T("Japan's prefectures", "일본 도도부현");

    public string CohortDivisionsOf(string country) => T($"First-level divisions of {country} (catalog)", $"{country} 1급 행정구역 (카탈로그)");

    public string TieTitle => T("Tie", "협약");

    public string Parties => T("Parties", "당사자");

    public string SigningAgency => T("signed by", "서명 기관");

    public string StatusToday(string date) => T($"Status today ({date})", $"오늘({date}) 상태");

    public string StatusOn(string date) => T($"Status on {date}", $"{date} 상태");

    public string SigningPlace => T("Signed at", "체결 장소");

    public string History => T("History", "연혁");

    public string EventLabel => T("Event", "사건");

    public string Detail => T("Detail", "내용");

    public string Sources => T("Sources", "출처");

    public string Signatories => T("Signatories", "서명자");

    public string ContactPersons => T("Contact persons", "담당자");

    public string Notes => T("Notes", "비고");

    public string TermLabel => T("Term", "기간");

    public string NoTerm => T("no term: in force until ended", "기간 없음: 종료 시까지 유효");

    public string TermEnd => T("Term ends", "기간 만료");

    public string TermEndUnknown => T("no term running on that date, or its end is not certain", "해당 날짜에 진행 중인 기간이 없거나 만료일이 확실하지 않음");

    public string NextAnniversary => T("Next anniversary", "다음 기념일");

    public string AnniversaryText(int number, string date) =>
        T($"{Ordinal(number)} anniversary on {date}", $"{date} {number.ToString(CultureInfo.InvariantCulture)}주년");

    public string AnniversaryUnknown => T("not known: the signing day is not known exactly", "알 수 없음: 체결일이 정확하지 않음");

    public string DelegationTitle => T("Delegation", "대표단");

    public string Purpose => T("Purpose", "목적");

    public string DirectionLabel => T("Direction", "방향");

    public string Head => T("Head", "단장");

    public string MembersTitle => T("Members", "단원");

    public string Organizations => T("Organizations", "동행 기관");

    public string Itinerary => T("Itinerary", "일정");

    public string Arrival => T("Arrives", "도착");

    public string Departure => T("Leaves", "출발");

    public string Engagements => T("Engagements", "활동");

    public string Commitments => T("Commitments", "약속 사항");

    public string CommitmentsOn(string date) => T($"Commitments on {date}", $"{date} 기준 약속 사항");

    public string What => T("What", "내용");

    public string OwedBy => T("Owed by", "이행 주체");

    public string OwedTo => T("Owed to", "상대");

    public string Due => T("Due", "기한");

    public string Overdue => T("overdue", "기한 경과");

    public string Leaves => T("Leaves", "출발");

    public string Returns => T("Returns", "귀환");

    public string SignInTitle => T("Editor sign-in", "편집자 로그인");

    public string Name => T("Name", "이름");

    public string Password => T("Password", "비밀번호");

    public string SignInButton => T("Sign in", "로그인");

    public string SignInRefused => T("The name or the password is wrong.", "이름 또는 비밀번호가 틀렸습니다.");

    public string SignInLockedOut => T(
        "Too many wrong attempts: sign-in is locked for this name and this computer for 15 minutes.",
        "잘못된 시도가 너무 많아 이 이름과 이 컴퓨터의 로그인이 15분 동안 잠겼습니다.");

    public string ErrorTitle(int status) => status switch
    {
        404 => T("Page not found", "페이지를 찾을 수 없습니다"),
        429 => T("Too many requests", "요청이 너무 많습니다"),
        >= 500 => T("Something went wrong", "오류가 발생했습니다"),
        _ => T("The request cannot be answered", "요청에 답할 수 없습니다"),
    };

    public string ErrorMessage(int status) => status switch
    {
        404 => T("The register has no page at this address.", "등록부에 이 주소의 페이지가 없습니다."),
        429 => T("Wait a minute before trying again.", "잠시 후 다시 시도하세요."),
        >= 500 => T("The register could not answer this request. Nothing you sent was stored half-way.", "등록부가 이 요청에 답하지 못했습니다. 보낸 내용이 일부만 저장되지는 않았습니다."),
        _ => T("The request could not be read.", "요청을 읽을 수 없습니다."),
    };

    public string BackHome => T("Back to the register", "등록부로 돌아가기");

    public string PreviewExpired => T(
        "This preview is no longer held (it expired, was replaced by a newer one, or was already imported): upload the file again.",
        "이 미리보기는 더 이상 보관되지 않습니다(만료, 새 미리보기로 대체, 또는 이미 가져옴). 파일을 다시 올리세요.");

    public string NoEditorConfigured => T(
        "No editor is configured, so nobody can sign in. Set Editor:Name and Editor:Password (or Editor:PasswordHash) with user-secrets or environment variables.",
        "편집자가 설정되어 있지 않아 아무도 로그인할 수 없습니다. user-secrets 또는 환경 변수로 Editor:Name 과 Editor:Password(또는 Editor:PasswordHash)를 설정하세요.");

    public string RecordTieTitle => T("Record a signed tie", "체결된 협약 등록");

    public string Id => T("Id (blank: made from parties, kind and date)", "식별자 (비우면 당사자·종류·날짜로 생성)");

    public string FirstParty => T("First party", "첫째 당사자");

    public string SecondParty => T("Second party", "둘째 당사자");

    public string DateAsWritten => T("Date as written (2025-09-23, 2025-09, ..2025-09-22)", "기록된 날짜 (2025-09-23, 2025-09, ..2025-09-22)");

    public string Record => T("Record", "등록");

    public string Recorded(string what) => T($"Recorded: {what}", $"등록됨: {what}");

    public string Refused => T("Refused", "거부됨");

    public string RuleLabel => T("Rule", "규칙");

    public string CannotRead => T("Cannot read the form", "입력을 읽을 수 없음");

    public string RecordEventTitle => T("Record an event on a tie", "협약에 사건 기록");

    public string Tie => T("Tie", "협약");

    public string On => T("On (date as written)", "날짜 (기록된 대로)");

    public string SuspensionReasonLabel => T("Reason for a suspension", "중단 사유");

    public string ReasonOrNote => T("Reason (termination, retraction) or note (suspension)", "사유(종료, 철회) 또는 메모(중단)");

    public string TermYears => T("New term in years (renewal)", "새 기간, 년 (갱신)");

    public string UpgradeTo => T("Upgrade to", "격상 종류");

    public string TerminatedBy => T("Ended by (termination)", "종료 당사자 (종료)");

    public string RetractedEventNumber => T("Event # in the history (retraction)", "이력의 사건 번호 (철회)");

    public string ImportTitle => T("Import a register sheet or a pair list", "등록부 시트 또는 쌍 목록 가져오기");

    public string ImportFile => T("File (CSV or TSV)", "파일 (CSV 또는 TSV)");

    public string ImportFormatLabel => T("What the file holds", "파일 형식");

    public string RegisterSheet => T("Register sheet (home, partner, kind, date, …)", "등록부 시트 (home, partner, kind, date, …)");

    public string PairList => T("Pair list (two places a row)", "쌍 목록 (한 줄에 두 지역)");

    public string Preview => T("See the report", "보고서 보기");

    public string PreviewNote => T(
        "This report was computed on a copy of the register: nothing is imported until you confirm.",
        "이 보고서는 등록부의 사본으로 계산했습니다. 확인하기 전에는 아무것도 가져오지 않습니다.");

    public string Confirm => T("Import into the register", "등록부로 가져오기");

    public string Imported => T("Imported into the register.", "등록부로 가져왔습니다.");

    public string NotLanded => T("Nothing landed.", "아무것도 반영되지 않았습니다.");

    public string NoFile => T("Choose a file to upload.", "올릴 파일을 선택하세요.");

    public string FileTooLarge(int kib) => T($"The file is larger than {kib} KiB.", $"파일이 {kib} KiB보다 큽니다.");

    public string TiesCreated => T("Ties created", "생성된 협약");

    public string RegionsCreated => T("Regions created", "생성된 지역");

    public string RegionsMatched => T("Regions matched", "일치한 지역");

    public string Duplicates => T("Duplicates merged", "병합된 중복");

    public string SelfTies => T("Self-ties skipped", "건너뛴 자기 자신과의 협약");

    public string RefusedRows => T("Rows refused", "거부된 행");

    public string Kind(AgreementKind kind) => kind switch
    {
        AgreementKind.LetterOfIntent => T("letter of intent", "의향서"),
        AgreementKind.CooperationMemorandum => T("cooperation MOU", "업무협약"),
        AgreementKind.Friendship => T("friendship", "우호교류"),
        AgreementKind.SisterCity => T("sister city", "자매결연"),
        AgreementKind.SectorAgreement => T("sector agreement", "분야별 협약"),
        _ => kind.ToString(),
    };

    public string Status(AgreementStatus status) => status switch
    {
        AgreementStatus.None => T("not yet signed", "미체결"),
        AgreementStatus.Proposed => T("proposed", "제안됨"),
        AgreementStatus.NotYetInForce => T("signed, not yet in force", "체결, 발효 전"),
        AgreementStatus.InForce => T("in force", "유효"),
        AgreementStatus.Suspended => T("suspended", "중단"),
        AgreementStatus.Expired => T("expired", "만료"),
        AgreementStatus.Terminated => T("terminated", "종료"),
        AgreementStatus.Superseded => T("superseded", "대체됨"),
        AgreementStatus.Uncertain => T("uncertain", "불확실"),
        _ => status.ToString(),
    };

    public string Outcome(CoverageOutcome outcome) => outcome switch
    {
        CoverageOutcome.Covered => T("covered", "교류 중"),
        CoverageOutcome.Missing => T("missing", "미교류"),
        CoverageOutcome.Uncertain => T("uncertain", "불확실"),
        _ => outcome.ToString(),
    };

    public string CommitmentStatus(CommitmentStatus status) => status switch
    {
        Diplomacy.Core.Delegations.CommitmentStatus.Open => T("open", "진행 중"),
        Diplomacy.Core.Delegations.CommitmentStatus.Done => T("done", "완료"),
        Diplomacy.Core.Delegations.CommitmentStatus.Dropped => T("dropped", "철회"),
        _ => status.ToString(),
    };

    public string Direction(DelegationDirection direction) => direction == DelegationDirection.Inbound
        ? T("inbound", "초청(방문 접수)")
        : T("outbound", "해외 방문");

    public string SuspensionReason(SuspensionReason reason) => reason switch
    {
        Agreements.SuspensionReason.Pandemic => T("pandemic", "감염병"),
        Agreements.SuspensionReason.Political => T("political", "정치적 사유"),
        _ => T("other", "기타"),
    };

    public string TieEvent(string kind) => kind switch
    {
        "Approve" => T("approval (before signing)", "승인 (체결 전)"),
        "Sign" => T("sign (a proposed tie)", "체결 (제안된 협약)"),
        "Suspend" => T("suspend", "중단"),
        "Resume" => T("resume", "재개"),
        "Renew" => T("renew", "갱신"),
        "Upgrade" => T("upgrade", "격상"),
        "Terminate" => T("terminate", "종료"),
        "Retract" => T("retract (recorded in error)", "철회 (잘못 기록됨)"),
        _ => kind,
    };

    /// <summary>A history event by its API name (<c>signed</c>, <c>suspended</c>, …).</summary>
    public string Event(string name) => name switch
    {
        "proposed" => T("proposed", "제안"),
        "approved" => T("approved", "의회 승인"),
        "signed" => T("signed", "체결"),
        "entered-into-force" => T("entered into force", "발효"),
        "suspended" => T("suspended", "중단"),
        "resumed" => T("resumed", "재개"),
        "renewed" => T("renewed", "갱신"),
        "upgraded" => T("upgraded", "격상"),
        "terminated" => T("terminated", "종료"),
        "superseded" => T("superseded", "대체"),
        "party-withdrew" => T("a party withdrew", "당사자 탈퇴"),
        _ => name,
    };

    /// <summary>An engagement by its API name (<c>meeting</c>, <c>signing</c>, …).</summary>
    public string Engagement(string kind) => kind switch
    {
        "meeting" => T("meeting", "면담"),
        "signing" => T("signing", "협약 체결"),
        "site-visit" => T("site visit", "현장 방문"),
        "gift" => T("gift", "기증"),
        "event" => T("event", "행사 참가"),
        _ => kind,
    };

    public string Term(AgreementTerm term)
    {
        var length = term.Length is { } period
            ? period.Years > 0 && period.Months == 0 && period.Days == 0 && period.Weeks == 0
                ? T($"{period.Years.ToString(CultureInfo.InvariantCulture)} years", $"{period.Years.ToString(CultureInfo.InvariantCulture)}년")
                : period.ToString()
            : T($"until {term.LastDay:uuuu-MM-dd}", $"{term.LastDay:uuuu-MM-dd}까지");
        return term.RenewsAutomatically ? length + T(", renews itself", ", 자동 갱신") : length;
    }

    /// <summary>A field of cooperation: the well-known ones translated, a user's own as it was written.</summary>
    public string Field(CooperationField field)
    {
        if (!_korean)
        {
            return field.Name;
        }

        return field.Name switch
        {
            "economy" => "경제",
            "trade" => "무역",
            "investment" => "투자",
            "science" => "과학",
            "technology" => "기술",
            "ICT" => "정보통신",
            "education" => "교육",
            "culture" => "문화",
            "tourism" => "관광",
            "health" => "보건",
            "environment" => "환경",
            "urban management" => "도시관리",
            "welfare" => "복지",
            "sport" => "체육",
            "youth" => "청소년",
            "agriculture" => "농업",
            "administration" => "행정",
            "people-to-people" => "민간교류",
            _ => field.Name,
        };
    }

    private static string Ordinal(int number)
    {
        var text = number.ToString(CultureInfo.InvariantCulture);
        return (number % 100) switch
        {
            11 or 12 or 13 => text + "th",
            _ => (number % 10) switch
            {
                1 => text + "st",
                2 => text + "nd",
                3 => text + "rd",
                _ => text + "th",
            },
        };
    }

    public string DossierOf(string partner, string home, string date) =>
        T($"{partner}: the dossier of {home} on {date}", $"{date} 기준 {home}의 {partner} 교류 자료");

    public string Visits => T("Visits both ways", "상호 방문");

    public string Gifts => T("Gifts", "선물");

    public string GiftGiven => T("given", "증정");

    public string GiftReceived => T("received", "접수");

    public string NextDates => T("Next dates", "다가오는 일정");

    public string Leads => T("Leads", "교류 확대 단서");

    public string NoLeadsCovered => T("None needed: the ties cover this partner.", "필요 없음: 이 상대와의 협약이 유효합니다.");

    public string NoLeadsFound => T("None found in the register.", "등록부에서 찾은 단서가 없습니다.");

    public string AgendaKind(AgendaEntry entry) => entry.Kind switch
    {
        AgendaEntryKind.Anniversary when entry.IsMilestone => T($"{Ordinal(entry.AnniversaryNumber!.Value)} anniversary (milestone)", $"{entry.AnniversaryNumber!.Value.ToString(CultureInfo.InvariantCulture)}주년 (주요 기념일)"),
        AgendaEntryKind.Anniversary => T($"{Ordinal(entry.AnniversaryNumber!.Value)} anniversary", $"{entry.AnniversaryNumber!.Value.ToString(CultureInfo.InvariantCulture)}주년"),
        AgendaEntryKind.TermEnds => T("term ends", "협약 기간 만료"),
        AgendaEntryKind.TermEndNotice => T("notice before the term ends", "만료 사전 알림"),
        AgendaEntryKind.CommitmentDue => T("commitment due", "약속 이행 기한"),
        _ => T("visit", "방문"),
    };

    // The map of a home's ties (/map).
    public string NavMap => T("Map", "지도");

    public string MapTitle => T("Map of ties", "교류 지도");

    public string MapTitleOf(string home, string date) => T($"{home}'s partners on {date}", $"{date} 기준 {home}의 교류 상대");

    public string MapDescription(int partners, int countries, string? cohort, string? coverage) =>
        T($"A map of {Plural(partners, "partner", "partners")} with a tie in force, in {Plural(countries, "country", "countries")}, each joined to the home region by an arc",
          $"유효한 협약을 맺은 교류 상대 {partners.ToString(CultureInfo.InvariantCulture)}곳({countries.ToString(CultureInfo.InvariantCulture)}개국)을 기준 지역과 선으로 이은 지도")
        + (cohort is null ? "." : T($"; the members of {cohort} ringed by coverage ({coverage}).", $". {cohort} 구성원은 커버리지({coverage})에 따라 색으로 표시."));

    public string SeeOnMap => T("See these partners on a map", "교류 상대를 지도에서 보기");

    public string NoCohort => T("no cohort", "대상 집단 없음");

    public string PartnersByCountry => T("Partners by country", "국가별 교류 상대");

    public string NoCountry => T("no country", "국가 없음");

    public string NotOnMap => T("not on the map", "지도에 없음");

    public string CohortOnMap(string cohort, string coverage) => T($"{cohort}: {coverage}", $"{cohort}: {coverage}");

    public string MapLegendHome => T("home region", "기준 지역");

    public string MapLegendPartner => T("partner with a tie in force", "유효한 협약 상대");

    public string MapPlacing => T(
        "A city is drawn where the gazetteer places it, a province or state at its seat, anything else at its country's centre; what cannot be placed is listed only.",
        "도시는 지명 사전의 좌표에, 광역 지역은 소재지에, 그 밖의 지역은 국가의 중심에 표시합니다. 위치를 알 수 없는 상대는 목록에만 나옵니다.");

    private static string Plural(int count, string one, string many) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? one : many)}");

    // The office's routine (issue 27, item 5): the home page's next 90 days, statistics, leads, recording a delegation.
    public string NextNinetyDays(string from) => T($"The next 90 days from {from}", $"{from}부터 90일간의 일정");

    public string OverdueCommitments => T("Commitments overdue", "기한이 지난 약속");

    public string NavStatistics => T("Statistics", "통계");

    public string NavLeads => T("Leads", "교류 확대 단서");

    public string NavRecordDelegation => T("Record a delegation", "대표단 등록");

    public string StatisticsTitle => T("Statistics", "통계");

    public string StatisticsOf(string home, string date) => T($"The ties of {home} on {date}, counted", $"{date} 기준 {home}의 교류 통계");

    public string GroupedBy => T("Grouped by", "분류 기준");

    public string Grouping(StatisticsGrouping grouping) => grouping switch
    {
        StatisticsGrouping.PartnerCountry => T("By partner country", "상대 국가별"),
        StatisticsGrouping.Kind => T("By kind", "유형별"),
        StatisticsGrouping.DecadeSigned => T("By decade of signing", "체결 연대별"),
        StatisticsGrouping.HomeDivision => T("By home first-level division", "국내 광역 단위별"),
        StatisticsGrouping.PartnerDivision => T("By partner's first-level division", "상대 광역 단위별"),
        StatisticsGrouping.Field => T("By field", "교류 분야별"),
        _ => T("By kind of ending", "종료 사유별"),
    };

    public string StatisticsHeadline(int ties, int partners, int countries, int uncertain) => T(
        string.Create(CultureInfo.InvariantCulture, $"{ties} {(ties == 1 ? "tie" : "ties")} with {partners} {(partners == 1 ? "partner" : "partners")} in {countries} {(countries == 1 ? "country" : "countries")}; {uncertain} uncertain, counted apart."),
        string.Create(CultureInfo.InvariantCulture, $"{countries}개국 {partners}곳과 {ties}건, 불확실 {uncertain}건 별도."));

    public string NationalRegister => T(
        "A country is read as a national register: the ties of every government inside it are counted.",
        "국가는 전국 등록부로 봅니다: 그 안의 모든 지방정부의 협약을 집계합니다.");

    public string Group => T("Group", "구분");

    public string Key => T("Key", "코드");

    public string NotKnownOrNone => T("(not known or none)", "(미상·해당 없음)");

    public string DownloadCsv => T("Download this table (CSV)", "이 표 내려받기 (CSV)");

    public string StatisticsChartDescription(string grouping) => T($"Bar chart of the ties {grouping.ToLowerInvariant()}", $"{grouping} 협약 수 막대그래프");

    public string LeadsTitle => T("Leads", "교류 확대 단서");

    public string LeadsOf(string home, string cohort, string date) =>
        T($"Leads for {home}'s gap in {cohort} on {date}", $"{date} 기준 {home}의 {cohort} 공백에 대한 단서");

    public string LeadsForTheGap => T("Leads for the members not covered", "미체결 대상의 교류 확대 단서");

    public string NoCoverageGap => T("Every member is covered: no gap to fill.", "모든 대상과 협약이 유효합니다: 채울 공백이 없습니다.");

    public string RecordDelegationTitle => T("Record a delegation", "대표단 등록");

    public string OriginOfVisitors => T("Visitors come from (a visit received)", "방문단 출발지 (접수 방문)");

    public string TripStarts => T("Trip starts (home's local time)", "일정 시작 (현지 시각)");

    public string TripEnds => T("Trip ends (home's local time)", "일정 종료 (현지 시각)");

    public string Role => T("Role", "역할");

    public string Place => T("Place", "장소");

    public string At => T("At (local time there)", "일시 (현지 시각)");

    public string AddStop => T("Add another stop", "방문지 추가");

    public string AddEngagement => T("Add another engagement", "활동 추가");

    public string AddGift => T("Add another gift", "선물 추가");

    public string AddCommitment => T("Add another commitment", "약속 추가");

    public string EngagementRowKind(EngagementRowKind kind) => kind switch
    {
        Writing.EngagementRowKind.Meeting => T("meeting", "면담"),
        Writing.EngagementRowKind.SiteVisit => T("site visit", "현장 방문"),
        _ => T("event", "행사 참가"),
    };

    public string EngagementName => T("Counterpart, organization or event", "상대 인물, 기관 또는 행사");

    public string CounterpartTitle => T("Counterpart's title (a meeting)", "상대 직위 (면담)");

    public string GiftItem => T("Gift", "선물");

    public string Quantity => T("How many", "수량");

    public string Recipient => T("To whom", "받는 사람");

    public string DueAsWritten => T("Due (2025-11, 2025-11-30, or unknown)", "기한 (2025-11, 2025-11-30 또는 unknown)");

    public string SettleCommitmentTitle => T("Mark a commitment kept or dropped", "약속 이행·철회 기록");

    public string SettleOutcome => T("Outcome", "결과");

    public string DropReason => T("Reason (when dropped)", "철회 사유");

    public string MarkCommitment => T("Mark", "기록");

    // Gifts and costs (issue 27, item 3).
    public string GiftWay => T("Which way", "주고받음");

    public string GiftWayName(GiftDirection way) => way == GiftDirection.ToDelegation
        ? T("handed to the delegation", "대표단이 받음")
        : T("handed over by the delegation", "대표단이 줌");

    public string GiftValue => T("Value (the whole gift)", "가액 (선물 전체)");

    public string Currency => T("Currency (ISO 4217)", "통화 (ISO 4217)");

    public string GiftDispositionLabel => T("What became of it", "처리");

    public string GiftDispositionName(GiftDispositionKind kind) => kind switch
    {
        GiftDispositionKind.InCustody => T("in custody", "보관"),
        GiftDispositionKind.OnDisplay => T("on display", "전시"),
        GiftDispositionKind.RegisteredWithAuthority => T("registered with the authority", "신고·인도"),
        GiftDispositionKind.Returned => T("returned", "반환"),
        GiftDispositionKind.DisposedOf => T("disposed of", "처분"),
        _ => T("retained by the recipient", "수령자 보유"),
    };

    public string GiftDispositionNote => T("Note (who keeps it, where)", "비고 (보관자, 장소)");

    public string BudgetAndCost => T("Budget and cost", "예산과 비용");

    public string Budget => T("Budget", "예산");

    public string ActualCost => T("Actual cost", "실제 비용");

    public string GiftLedger => T("Gift ledger", "선물 대장");

    public string LedgerYear => T("Year", "연도");

    public string LedgerGiven => T("Given", "준 선물");

    public string LedgerReceived => T("Received", "받은 선물");

    public string LedgerBalance => T("Balance (given − received)", "차액 (준 것 − 받은 것)");

    public string LedgerWithoutValue => T("Without a value (given / received)", "가액 미상 (준 것 / 받은 것)");
    public string OnlyProposed => T("Only proposed, not yet signed (the date is the proposal's)", "제안만 됨, 아직 체결 전 (날짜는 제안일)");

    public string CheckBeforeSigning => T("Check before signing", "체결 전 확인");

    public string ChecksBeforeSigningTitle => T("Checks before signing", "체결 전 확인 사항");

    public string NothingToWeigh => T("Nothing to weigh: no existing or lapsed tie, conflict or missing approval.", "확인할 사항 없음: 기존·만료 결연, 충돌 지역, 누락된 승인이 없습니다.");

    public string ApprovingBody => T("Approving body (an approval)", "승인 기관 (승인)");

    public string Resolution => T("Resolution or reference number (an approval)", "의결·의안 번호 (승인)");

    public string Relation(RegionRelation relation) => relation switch
    {
        RegionRelation.SubRegion => T("a region inside", "하위 지역"),
        RegionRelation.Parent => T("a region around", "상위 지역"),
        _ => T("itself", "해당 지역"),
    };

    public string AlreadyTiedCheck(string partnerSide, string partnerRelation, string homeSide, string homeRelation, string tie, string status) => T(
        $"Already tied: {partnerSide} ({partnerRelation} of the partner) and {homeSide} ({homeRelation} of the home) by {tie}, {status}.",
        $"이미 결연됨: {partnerSide}(상대 {partnerRelation})와 {homeSide}(우리 {homeRelation}), {tie}, {status}.");

    public string LapsedTieCheck(string partner, string tie, string status) => T(
        $"A lapsed tie with {partner} could be renewed instead: {tie}, {status}.",
        $"{partner}와의 효력 잃은 협약을 새로 체결하는 대신 갱신할 수 있습니다: {tie}, {status}.");

    public string ConflictingPartnerCheck(string partner, string listed, string relation, string reason) => T(
        $"{partner} conflicts: {listed} ({relation} of the partner) is listed: {reason}.",
        $"{partner} 충돌: {listed}(상대 {relation})이(가) 목록에 있습니다: {reason}.");

    public string ApprovalMissingCheck(string kind, string? body) => T(
        $"No approval by {body ?? "any body"} is on record for a {kind}.",
        $"{kind}에 필요한 {body ?? "기관"}의 승인이 기록되어 있지 않습니다.");

    private string T(string english, string korean) => _korean ? korean : english;
}

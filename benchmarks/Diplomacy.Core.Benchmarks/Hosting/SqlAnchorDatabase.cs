using System.Diagnostics;
using Diplomacy.Core.Agreements;
using Diplomacy.Core.Benchmarks.Coverage;
using Diplomacy.Core.Coverage;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Portfolio;
using Diplomacy.Core.Web.Storage;
using Diplomacy.Core.Web.Storage.Database;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace Diplomacy.Core.Benchmarks.Hosting;

/// <summary>
/// The coverage register of 100,000 ties (<see cref="CoverageRegisters"/>: the twinning network scaled, Gyeonggi's 60
/// ties) with lifecycles given to the network's ties, stored once per process in a temporary SQLite file through
/// <see cref="DatabaseRegisterStore"/>, the register rebuilt from it, and the SQL anchor's queries open on it.
/// </summary>
/// <remarks>
/// <para>
/// The network's ties are signed on known days without a term, all in force from their signing; here one in ten is
/// suspended five years after it (half of those resumed two years later), one in ten terminated after ten years and one
/// in ten superseded after fifteen, so the question on 2025-09-26 meets ties suspended, resumed, ended and ended only
/// later. Every date stays a known day and no tie has a term: what the plain SQL can answer (see <see cref="SqlCoverage"/>).
/// </para>
/// <para>
/// The questions: the hub of the network (the place with the most ties) and a cohort of its partners and as many places
/// its partners are tied with but it is not; and Gyeonggi and China's four direct-administered municipalities. The
/// setup checks that the SQL and the register give the same answers before anything is measured. The file is deleted
/// when the process exits.
/// </para>
/// </remarks>
internal sealed class SqlAnchorDatabase
{
    /// <summary>
    /// The ties stored: what <c>DIPLOMACY_SQL_ANCHOR_TIES</c> says, or 100,000 (2,000 in CI's smoke run, see
    /// <see cref="BenchmarkSizes"/>: storing 100,000 through EF Core takes a minute or more).
    /// </summary>
    public static readonly int Ties = int.TryParse(Environment.GetEnvironmentVariable("DIPLOMACY_SQL_ANCHOR_TIES"), out var ties) && ties > 0 ? ties : BenchmarkSizes.Of(2_000, 100_000).Single();
    public const string HubQuestion = "Hub";
    public const string GyeonggiQuestion = "KR-41";

    private static readonly Lazy<SqlAnchorDatabase> Built = new(Build);

    private SqlAnchorDatabase(string filePath, Register register, SqlCoverage sql, SqlAnchorQuestion hub, SqlAnchorQuestion gyeonggi)
    {
        FilePath = filePath;
        Register = register;
        Sql = sql;
        Questions = new Dictionary<string, SqlAnchorQuestion> { [HubQuestion] = hub, [GyeonggiQuestion] = gyeonggi };
    }

    public static LocalDate Date => CoverageRegisters.Date;

    public static SqlAnchorDatabase Instance => Built.Value;

    /// <summary>The SQLite file the register is stored in.</summary>
    public string FilePath { get; }

    /// <summary>The register as <c>Register.Rebuild(store.Load())</c> gives it.</summary>
    public Register Register { get; }

    public SqlCoverage Sql { get; }

    /// <summary>The questions by name: <see cref="HubQuestion"/> and <see cref="GyeonggiQuestion"/>.</summary>
    public IReadOnlyDictionary<string, SqlAnchorQuestion> Questions { get; }

    /// <summary>
    /// The file to keep the database in across runs, from <c>DIPLOMACY_SQL_ANCHOR_FILE</c>: built there when absent and
    /// reused when present (storing 100,000 ties takes minutes; the file's ties are then what it holds, whatever
    /// <see cref="Ties"/> says). Without it the database lives in a temporary folder deleted at exit.
    /// </summary>
    public static string? KeptFile => Environment.GetEnvironmentVariable("DIPLOMACY_SQL_ANCHOR_FILE") is { Length: > 0 } file ? Path.GetFullPath(file) : null;

    /// <summary>Stores the anchor's register in a new SQLite file at <paramref name="path"/> through the host's own store.</summary>
    public static void Store(string path)
    {
        var built = CoverageRegisters.Regions(Ties);
        var agreements = CoverageRegisters.Sign(built, Ties);
        var gyeonggi = built.Directory.Resolve("KR-41")!;
        for (var n = 0; n < agreements.Count; n++)
        {
            if (!agreements[n].HasParty(gyeonggi))
            {
                GiveLifecycle(agreements[n], n);
            }
        }

        CoverageRegisters.Add(built, agreements);
        RegisterHost.Open(DatabaseRegisterStore.Sqlite(path), () => built).Dispose();
    }

    private static SqlAnchorDatabase Build()
    {
        var clock = Stopwatch.StartNew();
        var kept = KeptFile;
        var folder = kept is null ? Path.Combine(Path.GetTempPath(), "diplomacy-sql-anchor-" + Guid.NewGuid().ToString("N")) : null;
        var path = kept ?? Path.Combine(folder!, "register.db");
        if (!File.Exists(path))
        {
            Store(path);
        }

        var stored = clock.Elapsed;
        var register = Register.Rebuild(DatabaseRegisterStore.Sqlite(path).Load());
        var rebuilt = clock.Elapsed;

        var sql = SqlCoverage.Open(path);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            sql.Dispose();
            SqliteConnection.ClearAllPools();
            if (folder is not null)
            {
                Directory.Delete(folder, recursive: true);
            }
        };

        var hub = HubOf(register);
        var database = new SqlAnchorDatabase(
            path,
            register,
            sql,
            new SqlAnchorQuestion(hub, RingOf(register, hub)),
            new SqlAnchorQuestion(register.Directory.Resolve("KR-41")!, BuiltInCohorts.ChinaDirectAdministeredMunicipalities));
        var answers = database.Questions.Values.Select(question =>
            $"{question.Home.Id} ({register.TiesOf(question.Home).Count} ties): {question.Cohort.Name}, {database.CheckSameAnswers(question)}");
        Console.WriteLine(
            $"// SQL anchor: {register.Agreements.Count:N0} ties, {register.Directory.Count:N0} regions, {new FileInfo(path).Length / (1 << 20):N0} MiB of SQLite (+ WAL); "
            + $"prepared and stored (or found) in {stored.TotalSeconds:F1} s, rebuilt from the store in {(rebuilt - stored).TotalSeconds:F1} s; "
            + string.Join("; ", answers));
        return database;
    }

    private static void GiveLifecycle(Agreement tie, int n)
    {
        var signed = tie.History[0].OccurredOn.Latest!.Value;
        switch (n % 10)
        {
            case 1:
                tie.Suspend(signed.PlusYears(5), SuspensionReason.Political);
                if (n % 20 == 1)
                {
                    tie.Resume(signed.PlusYears(7));
                }

                break;
            case 3:
                tie.Terminate(signed.PlusYears(10), tie.Parties[0].Region, "Dissolved");
                break;
            case 7:
                tie.Supersede(signed.PlusYears(15), new AgreementId(tie.Id.Value + "-NEW"));
                break;
        }
    }

    private static Region HubOf(Register register) =>
        register.Agreements
            .SelectMany(tie => tie.Parties)
            .GroupBy(party => party.Region)
            .OrderByDescending(ties => ties.Count())
            .ThenBy(ties => ties.Key.Id.Value, StringComparer.Ordinal)
            .First().Key;

    /// <summary>The hub's partners, and as many of their partners that are not the hub's, first by id.</summary>
    private static Cohort RingOf(Register register, Region hub)
    {
        var partners = PartnersOf(register, hub).ToHashSet();
        var further = partners
            .SelectMany(partner => PartnersOf(register, partner))
            .Where(place => !place.Equals(hub) && !partners.Contains(place))
            .Distinct()
            .OrderBy(place => place.Id.Value, StringComparer.Ordinal)
            .Take(partners.Count);
        return Cohort.Of($"The partners of {hub.Id} and of its partners", partners.Concat(further));
    }

    private static IEnumerable<Region> PartnersOf(Register register, Region region) =>
        register.TiesOf(region).SelectMany(tie => tie.Parties).Select(party => party.Region).Where(party => !party.Equals(region));

    /// <summary>The register's answer, once the SQL is found to cover the same members: nothing is measured that answers otherwise.</summary>
    private CoverageCount CheckSameAnswers(SqlAnchorQuestion question)
    {
        var inSql = Sql.CoveredMembers(question.Home.Id.Value, question.CohortKeys, Date).Order(StringComparer.Ordinal);
        var coverage = Register.Coverage(question.Home, question.Cohort, Date);
        if (!inSql.SequenceEqual(coverage.Covered.Select(member => member.Region!.Id.Value).Order(StringComparer.Ordinal)))
        {
            throw new InvalidOperationException($"The SQL and the register cover different members of {question.Cohort.Name} for {question.Home.Id} on {Date}.");
        }

        return coverage.Tally;
    }
}

using Diplomacy.Core.Web.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Diplomacy.Core.Web.Hosting;

/// <summary>
/// The register's health (<c>/health</c>): the database answers, and the hosted register can be read (it cannot after
/// a failed write whose store could not be read back, until a later write reads it). While the host is still reading
/// its whole register after start it is degraded: the home's pages answer, the rest waits.
/// </summary>
internal sealed class RegisterHealth(IRegisterStore store, RegisterHost host) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            if (store is DatabaseRegisterStore database && !database.CanConnect())
            {
                return Task.FromResult(HealthCheckResult.Unhealthy("The database does not answer."));
            }

            if (!host.Loaded.IsCompleted)
            {
                return Task.FromResult(HealthCheckResult.Degraded("The register is still being read: the home's first page answers, other reads wait."));
            }

            var ties = host.Read(register => register.Agreements.Count);
            return Task.FromResult(HealthCheckResult.Healthy($"The register holds {ties} ties."));
        }
        catch (Exception e) when (e is InvalidOperationException or System.Data.Common.DbException)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("The register or its store cannot be read.", e));
        }
    }
}

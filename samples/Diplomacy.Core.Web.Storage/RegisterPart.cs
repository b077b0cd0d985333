using Diplomacy.Core.Portfolio;

namespace Diplomacy.Core.Web.Storage;

/// <summary>The part of a store read around one region (<see cref="IRegisterStore.LoadAround"/>), and how many regions the whole store holds.</summary>
/// <param name="Facts">The part's facts, for <see cref="Register.Rebuild"/>: whole for what a question about the region reads.</param>
/// <param name="RegionsStored">How many regions the whole store holds, of which the part holds only those it names.</param>
public sealed record RegisterPart(RegisterFacts Facts, int RegionsStored);

namespace Diplomacy.Core.Web.Load.Editing;

/// <summary>The two writes the editor makes.</summary>
internal enum WriteKind
{
    /// <summary><c>POST /api/ties</c>: a signing.</summary>
    Sign,

    /// <summary><c>POST /api/ties/{id}/events</c>: the termination of the tie just signed.</summary>
    Terminate,
}

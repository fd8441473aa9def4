// The roots of the reference audit (Runtime/RefAudit.cs): the owned references the
// interpreter and its threads hold outside any object.
using MiniPy.Runtime;

namespace MiniPy.VM;

public sealed partial class Interpreter
{
    /// <summary>Audits every object reachable from this interpreter's roots.</summary>
    public RefAudit AuditReferences()
    {
        var audit = new RefAudit();
        audit.AddRootReference(Modules);
        audit.AddRootReference(BuiltinsModule);
        foreach (var handler in SignalHandlers) audit.AddRootReference(handler);
        foreach (var ts in AllThreadStates())
        {
            audit.AddRootReference(ts.HandledExc);
            var held = ts.HostHeld;
            if (held != null) foreach (var o in held) audit.AddRootReference(o);
            for (var f = ts.CurrentFrame; f != null; f = f.Back)
            {
                var frame = f;
                // A generator's frame is the generator's; the generator is reached as an object.
                if (frame.Generator == null) audit.AddRootReferences(frame.VisitReferences);
            }
        }
        return audit.Run();
    }
}

// Frame: one activation of a code object — its fast locals and cells, its value stack, its
// block stack of exception handlers, and where it is in its instructions. Frames are pooled
// per thread by size, so a call costs no allocation in the steady state.
using MiniPy.Compiler;
using MiniPy.Runtime;

namespace MiniPy.VM;

public enum BlockKind : byte { Finally, ExceptHandler }

public struct Block
{
    public BlockKind Kind;
    public int Handler;
    public int Level;
    /// <summary>For an ExceptHandler block: the exception being handled before this one.</summary>
    public PyException PreviousExc;
}

public sealed class Frame
{
    public CodeObject Code;
    public PyFunction Function;   // borrowed: the caller keeps the function alive (unless OwnsFunction)
    /// <summary>Function is held by the frame itself: a class's __init__ the loop entered for
    /// a call of the class (the caller's stack holds the class, not the function).</summary>
    public bool OwnsFunction;
    public PyDict Globals;        // borrowed from the function or module
    public PyDict Builtins;       // borrowed
    public PyDict Namespace;      // owned; module and class bodies only
    /// <summary>A class body's namespace when a metaclass's __prepare__ made it an instance
    /// of a dict subclass (owned; Namespace is the dict inside it): names are stored, loaded
    /// and deleted through its methods.</summary>
    public PyObject NamespaceMapping;
    /// <summary>Locals, then cells and free variables, then the value stack.</summary>
    public PyObject[] Slots;
    public int StackBase;
    public int Sp;
    public int Pc;
    public Block[] Blocks = new Block[4];
    public int BlockCount;
    public Frame Back;
    /// <summary>The eval loop entered this frame itself, at a call instruction of the frame
    /// Back that the same loop runs (Eval.InlineCalls.cs): when it returns or raises, the loop
    /// goes on with Back rather than returning to C#.</summary>
    public bool EnteredInline;
    /// <summary>While an inline callee runs: where the call's operands (the callable first)
    /// start on this frame's stack; the callee's result replaces them.</summary>
    public int CallBase;
    /// <summary>When the loop entered this frame to run __init__ for a call of its class: the
    /// new instance (owned), which the call gives its caller once __init__ returns None.</summary>
    public PyObject InitSelf;
    /// <summary>A generator's frame the eval loop resumed itself, for a FOR_ITER of the frame
    /// Back (PyGenerator.BeginInlineResume): when it yields, returns or raises, the loop goes
    /// on with Back.</summary>
    public bool ResumedInline;
    /// <summary>While ResumedInline: the resuming thread's handled exceptions, put back when
    /// the frame stops (borrowed, as Send keeps them in locals).</summary>
    internal PyException ResumerHandledExc, ResumerOuterHandledExc;
    /// <summary>Whether those were saved (any of them, or the generator's own, was set).</summary>
    internal bool ResumerSavedExc;
    /// <summary>The generator running this frame, if any (borrowed).</summary>
    public PyGenerator Generator;
    /// <summary>The instruction being executed, for tracebacks.</summary>
    public int LastPc;
    /// <summary>Where an uncommon instruction (Eval.Uncommon.cs) left the stack pointer when
    /// it raised, for the eval loop's handler to take; -1 otherwise.</summary>
    internal int UncommonRaiseSp = -1;
    internal int SizeClass;
    /// <summary>Counts the calls this (pooled) frame has served, so that a frame object of
    /// sys._getframe can tell whether the frame it remembers is still the same call.</summary>
    public int Incarnation;
    /// <summary>sys.settrace: the frame's local trace function (owned; null: not traced),
    /// and the last line and instruction its 'line' events saw (see Tracing).</summary>
    public PyObject TraceLocal;
    public int TraceLastLine, TracePrevPc;

    public int Line => Code.LineAt(LastPc);

    public void PushBlock(BlockKind kind, int handler, int level, PyException previous = null)
    {
        if (BlockCount == Blocks.Length) Array.Resize(ref Blocks, Blocks.Length * 2);
        Blocks[BlockCount++] = new Block { Kind = kind, Handler = handler, Level = level, PreviousExc = previous };
    }

    /// <summary>Calls visit for every reference the frame owns — the ones Clear releases.</summary>
    public void VisitReferences(Action<PyObject> visit)
    {
        var slots = Slots;
        for (int i = 0; i < Sp && i < slots.Length; i++) if (slots[i] != null) visit(slots[i]);
        for (int i = 0; i < BlockCount; i++) if (Blocks[i].PreviousExc != null) visit(Blocks[i].PreviousExc);
        if (Namespace != null) visit(Namespace);
    }

    /// <summary>Releases everything the frame owns: locals, cells, stack values, blocks.</summary>
    public void Clear() => Clear(Heap.BiasedCounts ? BiasedCounts.CurrentThreadId : 0);

    /// <summary>Clear for a caller that knows its thread's id (see Rc.Inc(o, thread)).</summary>
    public void Clear(int me) => Clear(me, false);

    /// <summary>Releases what the frame owns. A frame going back to its pool (pooled) keeps
    /// its code, function, globals and caller — borrowed references, which keep nothing alive in
    /// Python's terms — so that a call of the same function that rents it next need not
    /// store them again (each store of a reference pays the collector's write barrier);
    /// its Incarnation moves on instead, which is what tells that the call has ended.</summary>
    internal void Clear(int me, bool pooled)
    {
        var slots = Slots;
        int n = Sp;
        for (int i = 0; i < n; i++)
        {
            var o = slots[i];
            if (o != null)
            {
                slots[i] = null;
                Rc.Dec(o, me);
            }
        }
        Sp = 0;
        for (int i = 0; i < BlockCount; i++)
        {
            var prev = Blocks[i].PreviousExc;
            Blocks[i].PreviousExc = null;
            Rc.XDec(prev);
        }
        BlockCount = 0;
        var ns = Namespace;
        Namespace = null;
        Rc.XDec(ns);
        if (NamespaceMapping != null)
        {
            var mapping = NamespaceMapping;
            NamespaceMapping = null;
            Rc.Dec(mapping);
        }
        if (TraceLocal != null)
        {
            var local = TraceLocal;
            TraceLocal = null;
            Rc.Dec(local);
        }
        if (InitSelf != null)
        {
            var instance = InitSelf;
            InitSelf = null;
            Rc.Dec(instance);
        }
        if (OwnsFunction)
        {
            OwnsFunction = false;
            Rc.Dec(Function);
            Function = null;
        }
        if (pooled) Incarnation++;
        else
        {
            Code = null;
            Function = null;
            Globals = null;
            Back = null;
        }
        Generator = null;
    }
}

/// <summary>Per-thread pools of frames, by slot-array size class.</summary>
public sealed class FramePool
{
    const int Classes = 12;
    readonly Stack<Frame>[] pools = new Stack<Frame>[Classes];

    public FramePool()
    {
        for (int i = 0; i < Classes; i++) pools[i] = new Stack<Frame>();
    }

    public Frame Rent(CodeObject code)
    {
        int needed = code.FrameSlots + code.StackSize;
        int cls = code.FrameSizeClass;
        if (cls < 0)
        {
            // Worked out once per code object (a race writes the same value twice).
            cls = 0;
            while ((16 << cls) < needed && cls < Classes) cls++;
            code.FrameSizeClass = cls;
        }
        Frame f;
        if (cls < Classes && pools[cls].Count > 0) f = pools[cls].Pop();
        else f = new Frame { Slots = new PyObject[cls < Classes ? 16 << cls : needed], SizeClass = cls };
        if (!ReferenceEquals(f.Code, code)) f.Code = code; // often the same function's frame again
        f.Incarnation++;
        f.StackBase = code.FrameSlots;
        f.Sp = code.FrameSlots;
        f.Pc = 0;
        f.LastPc = 0;
        f.BlockCount = 0;
        f.UncommonRaiseSp = -1;
        f.EnteredInline = false;
        f.ResumedInline = false;
        return f;
    }

    public void Return(Frame f) => Return(f, Heap.BiasedCounts ? BiasedCounts.CurrentThreadId : 0);

    /// <summary>Return for a caller that knows its thread's id (see Rc.Inc(o, thread)).</summary>
    public void Return(Frame f, int thread)
    {
        bool pooled = f.SizeClass < Classes && pools[f.SizeClass].Count < 64;
        f.Clear(thread, pooled);
        if (pooled) pools[f.SizeClass].Push(f);
    }
}

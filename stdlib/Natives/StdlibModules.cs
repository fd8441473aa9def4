// Registers the standard library with an interpreter: the native modules by name, and the
// folder of modules written in MiniPy on the module path.
using MiniPy.Runtime;
using MiniPy.VM;

namespace MiniPy.Stdlib;

public static class StdlibModules
{
    public static void Register(Interpreter interp)
    {
        interp.NativeModules["sys"] = SysModule.Create;
        interp.NativeModules["math"] = MathModule.Create;
        interp.NativeModules["cmath"] = CMathModule.Create;
        interp.NativeModules["time"] = TimeModule.Create;
        interp.NativeModules["_collections"] = _ =>
        {
            // The native half of collections: deque (a built-in type of the runtime).
            var m = PyModule.New("_collections");
            m.Dict.SetItemNew("deque", PyDeque.Type);
            return m;
        };
        interp.NativeModules["os"] = OsModule.Create;
        interp.NativeModules["_io"] = IoModule.Create;
        interp.NativeModules["os.path"] = OsPathModule.Create;
        // posixpath is os.path under its own name (one module in sys.modules under both).
        interp.NativeModules["posixpath"] = owner => Rc.New(owner.ImportModule(ThreadState.Current ?? owner.MainThread, "os.path"));
        interp.NativeModules["_dis"] = DisModule.Create;
        interp.NativeModules["_thread"] = ThreadModule.Create;
        interp.NativeModules["_multiprocessing"] = MultiprocessingModule.Create;
        interp.NativeModules["_signal"] = SignalModule.Create;
        interp.NativeModules["native"] = NativeModule.Create;
        interp.NativeModules["_random"] = RandomModule.Create;
        interp.NativeModules["_traceback"] = TracebackModule.Create;
        interp.NativeModules["_re"] = RegexModule.Create;
        interp.NativeModules["_struct"] = StructModule.Create;
        interp.NativeModules["_itertools"] = ItertoolsModule.Create;
        interp.NativeModules["_heapq"] = HeapqModule.Create;
        interp.NativeModules["_gc"] = GcModule.Create;
        interp.NativeModules["_subprocess"] = SubprocessModule.Create;
        interp.NativeModules["_hashlib"] = HashlibModule.Create;
        interp.NativeModules["binascii"] = BinasciiModule.Create;
        interp.NativeModules["_weakref"] = WeakrefModule.Create;
        interp.NativeModules["_zlib"] = ZlibModule.Create;
        interp.NativeModules["_json"] = JsonModule.Create;
        interp.NativeModules["_socket"] = SocketModule.Create;
        interp.NativeModules["select"] = SelectModule.Create;
        interp.NativeModules["resource"] = ResourceModule.Create;
        interp.NativeModules["_fork"] = OsFork.Create;
        interp.NativeModules["fcntl"] = FcntlModule.Create;
        PyGenerator.FrameObject = PyFrameObject.Of;
        PyTraceback.FrameOf = PyFrameObject.ForTraceback;
        Tracing.FrameObjectOf = PyFrameObject.Of;
        interp.Builtins.SetItemNew("open", new PyBuiltinFunction("open", PyFile.Open));
        interp.Builtins.SetItemNew("exit", Quitter.New("exit"));
        interp.Builtins.SetItemNew("quit", Quitter.New("quit"));
        interp.Builtins.SetItemNew("help", new PyBuiltinFunction("help", (a, k) => Help.Call(interp, a, k)));
        var lib = Path.Combine(AppContext.BaseDirectory, "Lib");
        if (Directory.Exists(lib)) interp.ModulePath.Add(lib);
    }
}

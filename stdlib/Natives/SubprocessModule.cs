// _subprocess: the native half of subprocess — starting a program with its arguments (or a
// command line through /bin/sh), its standard streams inherited, piped or sent to /dev/null,
// and waiting for it with a timeout. subprocess.py builds run, check_output, Popen and the
// rest on this. Waits release the GIL, as CPython's do.
using System.Diagnostics;
using MiniPy.Runtime;
using MiniPy.VM;

namespace MiniPy.Stdlib;

public static class SubprocessModule
{
    // Stream modes, as subprocess.py passes them: inherit, PIPE, STDOUT (stderr only), DEVNULL.
    const int Inherit = 0, Pipe = -1, ToStdout = -2, DevNull = -3;

    /// <summary>The child's environment is exactly env (os.environ, or the env= a program passes).</summary>
    internal static void SetEnvironment(ProcessStartInfo info, PyDict env)
    {
        info.Environment.Clear();
        for (int i = 0; i < env.EntryCount; i++)
            if (env.Entries[i].Key is { } key) info.Environment[Ops.Str(key)] = Ops.Str(env.Entries[i].Value);
    }

    public static PyModule Create(Interpreter interp)
    {
        var m = PyModule.New("_subprocess");
        m.AddFunction("spawn", (a, k) => Spawn(interp, a, k));
        return m;
    }

    /// <summary>spawn(args, cwd, env, stdin, stdout, stderr): a running child (ChildHandle).</summary>
    static PyObject Spawn(Interpreter interp, ReadOnlySpan<PyObject> a, PyTuple k)
    {
        ArgParser.Positional("spawn", a, k, 6, 6);
        var args = Ops.ToList(a[0]);
        var info = new ProcessStartInfo { UseShellExecute = false };
        try
        {
            if (args.Count == 0) throw Err.New(ErrorTypes.IndexError, "list index out of range");
            info.FileName = Ops.Str(args.Items[0]);
            for (int i = 1; i < args.Count; i++) info.ArgumentList.Add(Ops.Str(args.Items[i]));
        }
        finally { Rc.Dec(args); }
        if (a[1] is not PyNone) info.WorkingDirectory = Ops.Str(a[1]);
        if (a[2] is PyDict env) SetEnvironment(info, env);
        int stdin = (int)ArgParser.Int(a[3], "stdin"), stdout = (int)ArgParser.Int(a[4], "stdout"), stderr = (int)ArgParser.Int(a[5], "stderr");
        info.RedirectStandardInput = stdin != Inherit;
        info.RedirectStandardOutput = stdout != Inherit;
        info.RedirectStandardError = stderr != Inherit;
        // The child writes straight to the inherited streams. As in CPython, stdout is not
        // flushed first: a block-buffered stdout (a pipe, a file) shows the child's output
        // before what this program printed and has not yet written out. Stderr is.
        interp.Stderr.Flush();
        Process proc;
        try { proc = Process.Start(info) ?? throw new InvalidOperationException(); }
        catch (System.ComponentModel.Win32Exception e)
        {
            bool missing = !File.Exists(info.FileName) && !info.FileName.Contains('/') || e.NativeErrorCode == 2;
            throw missing
                ? PyFile.OsError(ErrorTypes.FileNotFoundError, 2, "No such file or directory", info.FileName)
                : PyFile.OsError(ErrorTypes.PermissionError, 13, "Permission denied", info.FileName);
        }
        catch (InvalidOperationException)
        {
            throw Err.New(ErrorTypes.OSError, $"cannot start '{info.FileName}'");
        }
        return ChildHandle.New(proc, stdin, stdout, stderr);
    }

    /// <summary>A started child: its pid, and communicate/wait/poll/kill/terminate.</summary>
    public sealed class ChildHandle : PyObject
    {
        public static readonly PyType Type = BuiltinTypes.NewNativeType("_ChildHandle", "_subprocess", AddMethods);
        Process proc;
        int stdinMode, stdoutMode, stderrMode;
        /// <summary>Set when another child's output pipe feeds this one's stdin.</summary>
        bool stdinFed;
        PipeBuffer stdoutPipe, stderrPipe;

        public static ChildHandle New(Process proc, int stdin, int stdout, int stderr)
        {
            var h = new ChildHandle { ObType = Type, proc = proc, stdinMode = stdin, stdoutMode = stdout, stderrMode = stderr };
            Heap.Allocated(Type);
            // Read both pipes from the start, so a child that fills one never blocks.
            if (stdout != Inherit) h.stdoutPipe = PipeBuffer.ReadFrom(proc.StandardOutput.BaseStream, stdout == DevNull);
            if (stderr != Inherit) h.stderrPipe = PipeBuffer.ReadFrom(proc.StandardError.BaseStream, stderr == DevNull);
            if (stdin == DevNull) { try { proc.StandardInput.Close(); } catch (IOException) { } }
            return h;
        }

        PipeBuffer PipeOf(PyObject which) => Ops.Str(which) switch
        {
            "stdout" when stdoutMode == Pipe => stdoutPipe,
            "stderr" when stderrMode == Pipe => stderrPipe,
            _ => throw Err.ValueError("that stream is not a pipe"),
        };

        Stream StdinPipe()
        {
            if (stdinMode != Pipe) throw Err.ValueError("stdin is not a pipe");
            return proc.StandardInput.BaseStream;
        }

        /// <summary>Waits for the exit: true, or false when timeout (seconds, negative: none) passed.</summary>
        bool WaitFor(double timeout)
        {
            int ms = timeout < 0 ? -1 : (int)Math.Min(int.MaxValue, Math.Ceiling(timeout * 1000));
            return Blocking.Run(() => proc.WaitForExit(ms));
        }

        static void AddMethods(PyType t)
        {
            BuiltinTypes.AddMethod(t, "communicate", (self, a, k) =>
            {
                var h = (ChildHandle)self;
                ArgParser.Positional("communicate", a, k, 2, 2);
                if (h.stdinMode == Pipe && !h.stdinFed)
                {
                    try
                    {
                        if (a[0] is PyBytes input) h.proc.StandardInput.BaseStream.Write(input.Value);
                        h.proc.StandardInput.Close();
                    }
                    catch (IOException) { } // the child exited without reading: as CPython, ignored
                }
                double timeout = a[1] is PyNone ? -1 : PyFloat.ToDouble(a[1]);
                if (!h.WaitFor(timeout)) return Rc.New(PyNone.Instance);
                var result = PyTuple.New(2);
                result.SetItemSteal(0, h.stdoutMode == Pipe ? PyBytes.New(h.stdoutPipe.Read(-1)) : Rc.New(PyNone.Instance));
                result.SetItemSteal(1, h.stderrMode == Pipe ? PyBytes.New(h.stderrPipe.Read(-1)) : Rc.New(PyNone.Instance));
                return result;
            });
            // read(which, n) and readline(which, limit): Popen.stdout and .stderr read as the
            // child writes; write and close_stdin: Popen.stdin.
            BuiltinTypes.AddMethod(t, "read", (self, a, k) =>
            {
                ArgParser.Positional("read", a, k, 2, 2);
                return PyBytes.New(((ChildHandle)self).PipeOf(a[0]).Read(ArgParser.Int(a[1], "read")));
            });
            BuiltinTypes.AddMethod(t, "readline", (self, a, k) =>
            {
                ArgParser.Positional("readline", a, k, 2, 2);
                return PyBytes.New(((ChildHandle)self).PipeOf(a[0]).ReadLine(ArgParser.Int(a[1], "readline")));
            });
            BuiltinTypes.AddMethod(t, "write", (self, a, k) =>
            {
                ArgParser.Positional("write", a, k, 1, 1);
                var data = PyByteArray.BytesOf(a[0]) ?? throw Err.TypeError($"a bytes-like object is required, not '{a[0].ObType.Name}'");
                var stdin = ((ChildHandle)self).StdinPipe();
                try { Blocking.Run(() => { stdin.Write(data, 0, data.Length); stdin.Flush(); }); }
                catch (IOException) { throw Err.New(ErrorTypes.BrokenPipeError, "[Errno 32] Broken pipe"); }
                return PyInt.New(data.Length);
            });
            BuiltinTypes.AddMethod(t, "feed_stdin_from", (self, a, k) =>
            {
                var h = (ChildHandle)self;
                ArgParser.Positional("feed_stdin_from", a, k, 2, 2);
                if (a[0] is not ChildHandle source) throw Err.TypeError("feed_stdin_from() needs a child's handle");
                source.PipeOf(a[1]).FeedInto(h.StdinPipe());
                h.stdinFed = true;
                return Rc.New(PyNone.Instance);
            });
            BuiltinTypes.AddMethod(t, "close_stdin", (self, a, k) =>
            {
                var h = (ChildHandle)self;
                if (h.stdinMode == Pipe)
                {
                    try { h.proc.StandardInput.Close(); } catch (IOException) { }
                }
                return Rc.New(PyNone.Instance);
            });
            BuiltinTypes.AddMethod(t, "wait", (self, a, k) =>
            {
                var h = (ChildHandle)self;
                ArgParser.Positional("wait", a, k, 1, 1);
                double timeout = a[0] is PyNone ? -1 : PyFloat.ToDouble(a[0]);
                if (!h.WaitFor(timeout)) return Rc.New(PyNone.Instance);
                return PyInt.New(h.ReturnCode());
            });
            BuiltinTypes.AddMethod(t, "poll", (self, a, k) =>
            {
                var h = (ChildHandle)self;
                return h.proc.HasExited ? PyInt.New(h.ReturnCode()) : Rc.New(PyNone.Instance);
            });
            BuiltinTypes.AddMethod(t, "pid", (self, a, k) => PyInt.New(((ChildHandle)self).proc.Id));
            BuiltinTypes.AddMethod(t, "kill", (self, a, k) => Signal((ChildHandle)self, 9));
            BuiltinTypes.AddMethod(t, "terminate", (self, a, k) => Signal((ChildHandle)self, 15));
        }

        /// <summary>The exit status as CPython reports it: negative signal numbers for a
        /// child a signal ended (the runtime reports those as 128 + signal).</summary>
        long ReturnCode()
        {
            int code = proc.ExitCode;
            return code > 128 && code <= 128 + 64 && killedBy == code - 128 ? -(code - 128) : code;
        }

        int killedBy;

        static PyObject Signal(ChildHandle h, int signal)
        {
            if (!h.proc.HasExited)
            {
                h.killedBy = signal;
                if (kill(h.proc.Id, signal) != 0 && !h.proc.HasExited) h.proc.Kill();
            }
            return Rc.New(PyNone.Instance);
        }

        [System.Runtime.InteropServices.DllImport("libc", SetLastError = true)]
        static extern int kill(int pid, int sig);

        protected override void Dealloc()
        {
            Heap.Freed(this);
            try { proc?.Dispose(); } catch { }
            proc = null;
        }
    }
}

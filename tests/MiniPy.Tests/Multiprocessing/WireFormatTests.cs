// The data-only wire format under fire: values survive a round trip; random, truncated,
// mutated, deeply nested and oversized messages each end in a clean MiniPy error (never a
// .NET exception, a hang or a crash); hostile bytes on a child's spawn pipe and on the
// broker's socket are refused the same way.
using System.Diagnostics;
using System.Net.Sockets;
using MiniPy.Host;
using MiniPy.Runtime;
using MiniPy.Stdlib;

namespace MiniPy.Tests.Multiprocessing;

public class WireFormatTests
{
    static readonly HashSet<string> CleanErrors = new() { "EOFError", "ValueError", "TypeError", "AttributeError", "OverflowError" };

    /// <summary>Runs body inside a live interpreter (decoding resolves names in sys.modules).</summary>
    static void InInterpreter(Action body)
    {
        Exception failure = null;
        var runner = new ProgramRunner { Stdout = TextWriter.Null, Stderr = TextWriter.Null };
        runner.Configure = interp =>
        {
            ThreadState.Current = interp.MainThread;
            try { body(); }
            catch (Exception e) { failure = e; }
        };
        runner.Run("pass", "wire.py");
        if (failure != null) throw failure;
    }

    /// <summary>Decodes data: null if it was a valid message, else the MiniPy error's type name.
    /// Anything but a MiniPy error fails the test.</summary>
    static string Outcome(byte[] data)
    {
        try
        {
            var v = WireFormat.Decode(data);
            Rc.Dec(v);
            return null;
        }
        catch (PyRaise r)
        {
            var exc = r.TakeException();
            var name = exc.ObType.Name;
            Rc.Dec(exc);
            return name;
        }
    }

    [Test]
    public void ValuesSurviveARoundTrip()
    {
        InInterpreter(() =>
        {
            var source = "[None, True, False, 0, -1, 2 ** 200, -(2 ** 70), 1.5, 'x\\u00e9', b'\\x00', (1, (2,)), {'a': [1]}, {3}, frozenset()]";
            var before = Heap.Totals();
            var value = Eval(source);
            var bytes = WireFormat.Encode(value);
            var back = WireFormat.Decode(bytes);
            Assert.That(Ops.Repr(back), Is.EqualTo(Ops.Repr(value)));
            Rc.Dec(back);
            Rc.Dec(value);
            Assert.That(Heap.Totals(), Is.EqualTo(before), "decoding must not leak");
        });
    }

    static PyObject Eval(string expr)
    {
        var interp = ThreadState.Current.Interp;
        var code = MiniPy.Compiler.Compiler.CompileSource("__result__ = " + expr, "expr.py");
        try
        {
            var m = interp.RunAsModule(code, "__expr__", "expr.py");
            var v = Rc.New(m.Dict.GetItemBorrowed("__result__"));
            var popped = interp.Modules.Pop(PyStr.Intern("__expr__"));
            ((PyModule)popped).ClearForTeardown();
            Rc.Dec(popped);
            return v;
        }
        finally { Rc.Dec(code); }
    }

    [Test]
    public void AThousandRandomByteStringsAreEachACleanError()
    {
        InInterpreter(() =>
        {
            var rng = new Random(20240611);
            var before = Heap.Totals();
            int errors = 0;
            var kinds = new Dictionary<string, int>();
            for (int i = 0; i < 1000; i++)
            {
                var data = new byte[1 + rng.Next(200)];
                rng.NextBytes(data);
                // Half of them get a valid header, so the fuzzing reaches the value decoder.
                if (i % 2 == 0 && data.Length >= 3) { data[0] = (byte)'M'; data[1] = (byte)'P'; data[2] = 1; }
                var outcome = Outcome(data);
                Assert.That(outcome, Is.Not.Null, "random message " + i + " decoded as a value");
                Assert.That(CleanErrors, Does.Contain(outcome));
                kinds[outcome] = kinds.GetValueOrDefault(outcome) + 1;
                errors++;
            }
            Assert.That(errors, Is.EqualTo(1000));
            Assert.That(Heap.Totals(), Is.EqualTo(before), "failed decodes must release what they built");
            TestContext.Out.WriteLine(string.Join(", ", kinds.Select(k => k.Key + ": " + k.Value)));
        });
    }

    [Test]
    public void TruncatedAndMutatedMessagesAreCleanErrors()
    {
        InInterpreter(() =>
        {
            var value = Eval("{'k': [1, 2.5, 'three', (4, b'5', {6}), 2 ** 100], 'n': None}");
            var good = WireFormat.Encode(value);
            Rc.Dec(value);
            var before = Heap.Totals();
            for (int n = 0; n < good.Length; n++)
                Assert.That(Outcome(good.AsSpan(0, n).ToArray()), Is.AnyOf("EOFError", "ValueError"), "prefix of " + n + " bytes");
            var rng = new Random(7);
            for (int i = 0; i < 2000; i++)
            {
                var bad = (byte[])good.Clone();
                bad[3 + rng.Next(bad.Length - 3)] = (byte)rng.Next(256);
                var outcome = Outcome(bad);
                if (outcome != null) Assert.That(CleanErrors, Does.Contain(outcome));
            }
            Assert.That(Heap.Totals(), Is.EqualTo(before));
        });
    }

    [Test]
    public void DeepNestingAndHugeLengthsAreRefused()
    {
        InInterpreter(() =>
        {
            var deep = new List<byte> { (byte)'M', (byte)'P', 1 };
            for (int i = 0; i < 100000; i++) deep.AddRange(new byte[] { (byte)'l', 1, 0, 0, 0 });
            deep.Add((byte)'N');
            Assert.That(Outcome(deep.ToArray()), Is.EqualTo("ValueError"));
            var huge = new byte[] { (byte)'M', (byte)'P', 1, (byte)'s', 0xff, 0xff, 0xff, 0x7f, (byte)'x' };
            Assert.That(Outcome(huge), Is.EqualTo("EOFError"));
            var manyItems = new byte[] { (byte)'M', (byte)'P', 1, (byte)'l', 0xff, 0xff, 0xff, 0x7f };
            Assert.That(Outcome(manyItems), Is.EqualTo("EOFError"));
            var unhashable = new byte[] { (byte)'M', (byte)'P', 1, (byte)'d', 1, 0, 0, 0, (byte)'l', 0, 0, 0, 0, (byte)'N' };
            Assert.That(Outcome(unhashable), Is.EqualTo("TypeError"));
            var badUtf8 = new byte[] { (byte)'M', (byte)'P', 1, (byte)'s', 1, 0, 0, 0, 0xff };
            Assert.That(Outcome(badUtf8), Is.EqualTo("ValueError"));
            var unknownGlobal = WireGlobal("os", "no_such_function");
            Assert.That(Outcome(unknownGlobal), Is.EqualTo("AttributeError"), "a name the module does not have");
        });
    }

    static byte[] WireGlobal(string module, string name)
    {
        var w = new List<byte> { (byte)'M', (byte)'P', 1, (byte)'g' };
        foreach (var s in new[] { module, name })
        {
            var b = System.Text.Encoding.UTF8.GetBytes(s);
            w.AddRange(BitConverter.GetBytes(b.Length));
            w.AddRange(b);
        }
        return w.ToArray();
    }

    static string HostDll => typeof(ProgramRunner).Assembly.Location;

    [Test]
    public void HostileSpawnMessagesEndTheChildWithACleanError()
    {
        var rng = new Random(99);
        for (int i = 0; i < 6; i++)
        {
            var psi = new ProcessStartInfo("dotnet")
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
            if (!string.IsNullOrEmpty(host) && File.Exists(host)) psi.FileName = host;
            psi.ArgumentList.Add(HostDll);
            psi.ArgumentList.Add("--mp-child");
            psi.ArgumentList.Add("");
            using var p = Process.Start(psi)!;
            var data = new byte[1 + rng.Next(300)];
            rng.NextBytes(data);
            if (i % 2 == 1)
            {
                // A well-formed frame around a random payload.
                var framed = new byte[data.Length + 4];
                BitConverter.GetBytes(data.Length).CopyTo(framed, 0);
                data.CopyTo(framed, 4);
                data = framed;
            }
            p.StandardInput.BaseStream.Write(data);
            p.StandardInput.Close();
            var stderr = p.StandardError.ReadToEndAsync();
            p.StandardOutput.ReadToEnd();
            Assert.That(p.WaitForExit(60000), Is.True, "the child hung");
            var err = stderr.Result;
            Assert.That(p.ExitCode, Is.EqualTo(1), err);
            var last = err.Split('\n', StringSplitOptions.RemoveEmptyEntries).Last();
            Assert.That(last, Does.Match(@"^(EOFError|ValueError|TypeError|AttributeError)\b"), err);
            Assert.That(err, Does.Not.Contain("   at "), "a .NET stack trace escaped");
        }
    }

    [Test]
    public void TheBrokerDropsAClientThatSendsGarbageAndServesOthers()
    {
        var address = Broker.EnsureLocal().Listen();
        var rng = new Random(5);
        for (int i = 0; i < 20; i++)
        {
            using var s = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            s.Connect(new UnixDomainSocketEndPoint(address));
            var junk = new byte[1 + rng.Next(64)];
            rng.NextBytes(junk);
            if (i % 2 == 0) BitConverter.GetBytes(junk.Length).CopyTo(junk, 0);
            try { s.Send(junk); } catch (SocketException) { }
            s.Shutdown(SocketShutdown.Send);
            s.ReceiveTimeout = 10000;
            var buf = new byte[256];
            try { while (s.Receive(buf) > 0) { } } catch (SocketException e) when (e.SocketErrorCode != SocketError.TimedOut && e.SocketErrorCode != SocketError.WouldBlock) { }
        }
        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Connect(new UnixDomainSocketEndPoint(address));
        using var good = new NetworkStream(socket, true);
        Framing.Write(good, new FrameWriter().Byte((byte)BrokerOp.Hello).Long(4242).ToArray());
        Assert.That(Framing.Read(good), Is.Not.Null);
        Framing.Write(good, new FrameWriter().Byte((byte)BrokerOp.QueueNew).Long(0).ToArray());
        var reply = BrokerReply.Parse(Framing.Read(good)!);
        Assert.That(reply.Status, Is.EqualTo(BrokerStatus.Ok));
    }
}

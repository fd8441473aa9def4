// PipeBuffer: what a child process has written to one of its pipes, read from the pipe as it
// comes by a task of its own (so a child that fills a pipe never blocks on it), and taken by
// the program in pieces — some bytes, a line, or everything to the end — as Popen.stdout's
// reads and communicate() want it. Taking waits, with the GIL released, until there is
// something to take or the pipe has ended.
using MiniPy.VM;

namespace MiniPy.Stdlib;

public sealed class PipeBuffer
{
    readonly object gate = new();
    byte[] data = new byte[4096];
    int start, end;
    bool ended;

    /// <summary>Starts reading stream to its end (discarding what it reads, for DEVNULL).</summary>
    public static PipeBuffer ReadFrom(Stream stream, bool discard)
    {
        var pipe = new PipeBuffer();
        // A thread of its own (not the shared pool, whose few threads every other blocked
        // pipe would hold: a new one is added only every half second or so).
        var reader = new Thread(() =>
        {
            var chunk = new byte[65536];
            try
            {
                int n;
                while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
                    if (!discard) pipe.Append(chunk, n);
            }
            catch (IOException) { }
            catch (ObjectDisposedException) { }
            pipe.End();
        })
        { IsBackground = true, Name = "pipe reader" };
        reader.Start();
        return pipe;
    }

    void Append(byte[] chunk, int n)
    {
        lock (gate)
        {
            if (data.Length - end < n)
            {
                int held = end - start;
                var grown = held + n <= data.Length ? data : new byte[Math.Max(data.Length * 2, held + n)];
                Array.Copy(data, start, grown, 0, held);
                data = grown;
                start = 0;
                end = held;
            }
            Array.Copy(chunk, 0, data, end, n);
            end += n;
            Monitor.PulseAll(gate);
        }
    }

    void End()
    {
        lock (gate)
        {
            ended = true;
            Monitor.PulseAll(gate);
        }
    }

    /// <summary>Waits until ready(held bytes) holds or the pipe has ended.</summary>
    void WaitFor(Func<int, bool> ready)
    {
        Blocking.Run(() =>
        {
            lock (gate)
            {
                while (!ended && !ready(end - start)) Monitor.Wait(gate);
            }
            return true;
        });
    }

    byte[] Take(int n)
    {
        var taken = new byte[n];
        Array.Copy(data, start, taken, 0, n);
        start += n;
        if (start == end) start = end = 0;
        return taken;
    }

    /// <summary>Moves everything this pipe gets, on a host thread of its own, into
    /// destination (another child's stdin), and closes it at the end: one child's stdout
    /// piped into another's stdin, as `Popen(..., stdin=p1.stdout)` asks. Nothing of it is
    /// left for the program to read.</summary>
    public void FeedInto(Stream destination)
    {
        new Thread(() =>
        {
            try
            {
                while (true)
                {
                    byte[] chunk;
                    lock (gate)
                    {
                        while (!ended && end == start) Monitor.Wait(gate);
                        if (end == start) break;
                        chunk = Take(end - start);
                    }
                    destination.Write(chunk, 0, chunk.Length);
                    destination.Flush();
                }
            }
            catch (IOException) { } // the reading child has gone
            catch (ObjectDisposedException) { }
            try { destination.Close(); } catch (IOException) { }
        })
        { IsBackground = true, Name = "pipe feeder" }.Start();
    }

    /// <summary>Up to max bytes, once at least one is there (none: the pipe has ended); a
    /// negative max takes everything to the end.</summary>
    public byte[] Read(long max)
    {
        if (max < 0)
        {
            WaitFor(_ => false);
            lock (gate) return Take(end - start);
        }
        if (max == 0) return Array.Empty<byte>();
        WaitFor(held => held > 0);
        lock (gate) return Take((int)Math.Min(max, end - start));
    }

    /// <summary>One line with its b'\n' (or what is left at the end), at most limit bytes
    /// when limit is not negative.</summary>
    public byte[] ReadLine(long limit)
    {
        int searched = 0;
        while (true)
        {
            lock (gate)
            {
                int held = end - start;
                searched = Math.Min(searched, held); // another reader may have taken some meanwhile
                int nl = Array.IndexOf(data, (byte)'\n', start + searched, held - searched);
                if (nl >= 0) return Take((int)(limit >= 0 ? Math.Min(limit, nl + 1 - start) : nl + 1 - start));
                if (limit >= 0 && held >= limit) return Take((int)limit);
                if (ended) return Take(held);
                searched = held;
            }
            int seen = searched;
            WaitFor(held => held > seen);
        }
    }
}

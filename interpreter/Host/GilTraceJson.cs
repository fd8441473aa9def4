// --gil-trace FILE.json: the GIL timeline as Chrome trace events, which Perfetto
// (ui.perfetto.dev) and chrome://tracing open. One track per thread, named as Python names
// it ("Thread-2 (worker)"); complete events for holding, waiting for, or (with the GIL off)
// running without the lock; instant events for drop requests, forced switches and releases
// around blocking calls. Times are microseconds from the start of the run.
using System.Text.Json;
using MiniPy.VM;

namespace MiniPy.Host;

public static class GilTraceJson
{
    public static void Write(string path, Interpreter interp, IReadOnlyList<GilLane> lanes)
    {
        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = false });
        json.WriteStartObject();
        json.WriteString("displayTimeUnit", "ms");
        json.WriteStartObject("otherData");
        json.WriteString("interpreter", "MiniPy");
        json.WriteString("mode", GilTimeline.Describe(interp));
        json.WriteNumber("switches", interp.Lock?.Switches ?? 0);
        json.WriteEndObject();
        json.WriteStartArray("traceEvents");
        Metadata(json, "process_name", 0, "MiniPy: " + GilTimeline.Describe(interp));
        foreach (var lane in lanes)
        {
            int tid = lane.Order + 1;
            Metadata(json, "thread_name", tid, lane.ThreadName);
            Metadata(json, "thread_sort_index", tid, null, lane.Order);
            foreach (var span in lane.Spans)
            {
                json.WriteStartObject();
                json.WriteString("name", SpanName(span.Kind));
                json.WriteString("cat", "gil");
                json.WriteString("ph", "X");
                json.WriteNumber("pid", 1);
                json.WriteNumber("tid", tid);
                json.WriteNumber("ts", Micros(span.Start));
                json.WriteNumber("dur", Micros(span.End - span.Start));
                json.WriteEndObject();
            }
            foreach (var mark in lane.Marks)
            {
                json.WriteStartObject();
                json.WriteString("name", MarkName(mark.Kind));
                json.WriteString("cat", "gil");
                json.WriteString("ph", "i");
                json.WriteString("s", "t");
                json.WriteNumber("pid", 1);
                json.WriteNumber("tid", tid);
                json.WriteNumber("ts", Micros(mark.At));
                json.WriteEndObject();
            }
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    static void Metadata(Utf8JsonWriter json, string name, int tid, string value, int sortIndex = 0)
    {
        json.WriteStartObject();
        json.WriteString("name", name);
        json.WriteString("ph", "M");
        json.WriteNumber("pid", 1);
        json.WriteNumber("tid", tid);
        json.WriteStartObject("args");
        if (value != null) json.WriteString("name", value);
        else json.WriteNumber("sort_index", sortIndex);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    static double Micros(long ticks) => Math.Round(GilTimeline.Milliseconds(ticks) * 1000.0, 3);

    public static string SpanName(GilSpanKind kind) => kind switch
    {
        GilSpanKind.Holding => "holds the GIL",
        GilSpanKind.Waiting => "waits for the GIL",
        _ => "runs (no GIL)",
    };

    public static string MarkName(GilMarkKind kind) => kind switch
    {
        GilMarkKind.DropRequest => "drop request",
        GilMarkKind.ForcedSwitch => "forced switch",
        _ => "released to block",
    };
}

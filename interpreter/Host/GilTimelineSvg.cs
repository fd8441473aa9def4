// --gil-timeline FILE.svg: the GIL timeline as a picture read at a glance. One lane per
// thread; green where the thread holds the GIL, orange where it waits for it, blue where it
// runs with no GIL at all; red triangles where a waiter asked the holder to let go, black
// ticks where the holder was made to switch, grey ticks where it let go to block (sleep,
// join, I/O). A time axis in milliseconds, a legend, and the mode in the title.
//
// Time is cut into as many columns as the lanes are pixels wide, and each column shows what
// the thread mostly did in it, paler when it did so for only part of the column; marks are
// drawn once per column. So a run of 10 ms and a run of a minute both come out readable: a
// span too short to draw is summed into its column rather than dropped.
using System.Globalization;
using System.Text;
using MiniPy.VM;

namespace MiniPy.Host;

public static class GilTimelineSvg
{
    const int LabelWidth = 170, PlotWidth = 900, LaneHeight = 20, LaneGap = 6, Top = 58, Right = 20;
    const string HoldColor = "#2e9e44", WaitColor = "#f0a030", RunColor = "#3b7dd8";

    public static void Write(string path, Interpreter interp, IReadOnlyList<GilLane> lanes, string program)
        => File.WriteAllText(path, Render(interp, lanes, program));

    public static string Render(Interpreter interp, IReadOnlyList<GilLane> lanes, string program)
    {
        long t0 = long.MaxValue, t1 = 0;
        foreach (var lane in lanes)
        {
            t0 = Math.Min(t0, lane.Born);
            t1 = Math.Max(t1, lane.Ended);
        }
        // With threads, the picture starts a little before the first one: the main thread
        // alone (start-up, imports) would otherwise fill most of it.
        bool cropped = false;
        if (lanes.Count > 1)
        {
            long firstThread = long.MaxValue;
            for (int i = 1; i < lanes.Count; i++) firstThread = Math.Min(firstThread, lanes[i].Born);
            long margin = (t1 - firstThread) / 20;
            if (firstThread - margin > t0) { t0 = firstThread - margin; cropped = true; }
        }
        if (lanes.Count == 0 || t1 <= t0) { t0 = 0; t1 = Math.Max(t1, 1); }
        double totalMs = GilTimeline.Milliseconds(t1 - t0);
        int height = Top + lanes.Count * (LaneHeight + LaneGap) + 70;
        int width = LabelWidth + PlotWidth + Right;
        var svg = new StringBuilder();
        svg.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" font-family=\"sans-serif\" font-size=\"12\">\n");
        svg.Append($"<rect width=\"{width}\" height=\"{height}\" fill=\"white\"/>\n");
        svg.Append($"<text x=\"10\" y=\"20\" font-size=\"15\" font-weight=\"bold\">{Escape("GIL timeline: " + GilTimeline.Describe(interp))}</text>\n");
        svg.Append($"<text x=\"10\" y=\"38\" fill=\"#444\">{Escape($"{program} — {lanes.Count} thread{(lanes.Count == 1 ? "" : "s")}, {F(totalMs, 1)} ms{(cropped ? " from just before the first thread started" : "")}, {interp.Lock?.Switches ?? 0} switches in all")}</text>\n");

        double ticksPerColumn = (double)(t1 - t0) / PlotWidth;
        for (int li = 0; li < lanes.Count; li++)
        {
            var lane = lanes[li];
            int y = Top + li * (LaneHeight + LaneGap);
            svg.Append($"<text x=\"{LabelWidth - 8}\" y=\"{y + LaneHeight - 6}\" text-anchor=\"end\">{Escape(Truncate(lane.ThreadName, 26))}</text>\n");
            svg.Append($"<rect x=\"{LabelWidth}\" y=\"{y}\" width=\"{PlotWidth}\" height=\"{LaneHeight}\" fill=\"#f3f3f3\"/>\n");
            DrawSpans(svg, lane, t0, ticksPerColumn, y);
            DrawMarks(svg, lane, t0, ticksPerColumn, y);
        }
        int axisY = Top + lanes.Count * (LaneHeight + LaneGap) + 4;
        DrawAxis(svg, totalMs, axisY);
        DrawLegend(svg, axisY + 38);
        svg.Append("</svg>\n");
        return svg.ToString();
    }

    /// <summary>Per column, the time of each kind of span; then runs of equal columns as one rect.</summary>
    static void DrawSpans(StringBuilder svg, GilLane lane, long t0, double ticksPerColumn, int y)
    {
        var coverage = new double[3, PlotWidth];
        foreach (var span in lane.Spans)
        {
            double a = (span.Start - t0) / ticksPerColumn, b = (span.End - t0) / ticksPerColumn;
            int first = Math.Clamp((int)a, 0, PlotWidth - 1), last = Math.Clamp((int)Math.Ceiling(b) - 1, 0, PlotWidth - 1);
            for (int c = first; c <= last; c++)
            {
                double overlap = Math.Min(b, c + 1) - Math.Max(a, c);
                if (overlap > 0) coverage[(int)span.Kind, c] += overlap;
            }
        }
        int runStart = 0;
        (int kind, int shade) previous = (-1, 0);
        for (int c = 0; c <= PlotWidth; c++)
        {
            var current = c < PlotWidth ? Dominant(coverage, c) : (-1, 0);
            if (c < PlotWidth && current == previous) continue;
            if (previous.kind >= 0)
            {
                string color = previous.kind switch { 0 => HoldColor, 1 => WaitColor, _ => RunColor };
                svg.Append($"<rect x=\"{LabelWidth + runStart}\" y=\"{y}\" width=\"{c - runStart}\" height=\"{LaneHeight}\" fill=\"{color}\" fill-opacity=\"{F(previous.shade / 4.0, 2)}\"/>\n");
            }
            runStart = c;
            previous = current;
        }
    }

    /// <summary>The kind that filled most of column c and how much of it, in quarters (1–4).</summary>
    static (int kind, int shade) Dominant(double[,] coverage, int c)
    {
        int best = -1;
        double most = 0;
        for (int k = 0; k < 3; k++)
            if (coverage[k, c] > most) { most = coverage[k, c]; best = k; }
        if (best < 0 || most < 0.02) return (-1, 0);
        return (best, Math.Clamp((int)Math.Ceiling(Math.Min(most, 1.0) * 4), 1, 4));
    }

    static void DrawMarks(StringBuilder svg, GilLane lane, long t0, double ticksPerColumn, int y)
    {
        var drawn = new HashSet<(GilMarkKind, int)>();
        foreach (var mark in lane.Marks)
        {
            int c = Math.Clamp((int)((mark.At - t0) / ticksPerColumn), 0, PlotWidth - 1);
            if (!drawn.Add((mark.Kind, c))) continue;
            int x = LabelWidth + c;
            switch (mark.Kind)
            {
                case GilMarkKind.DropRequest:
                    svg.Append($"<path d=\"M{x - 3} {y - 5} L{x + 3} {y - 5} L{x} {y} Z\" fill=\"#d62728\"/>\n");
                    break;
                case GilMarkKind.ForcedSwitch:
                    svg.Append($"<line x1=\"{x}\" y1=\"{y + LaneHeight - 6}\" x2=\"{x}\" y2=\"{y + LaneHeight}\" stroke=\"black\" stroke-width=\"1\"/>\n");
                    break;
                default:
                    svg.Append($"<line x1=\"{x}\" y1=\"{y}\" x2=\"{x}\" y2=\"{y + 6}\" stroke=\"#777\" stroke-width=\"1\"/>\n");
                    break;
            }
        }
    }

    static void DrawAxis(StringBuilder svg, double totalMs, int y)
    {
        svg.Append($"<line x1=\"{LabelWidth}\" y1=\"{y}\" x2=\"{LabelWidth + PlotWidth}\" y2=\"{y}\" stroke=\"black\"/>\n");
        double step = NiceStep(totalMs / 8);
        for (double t = 0; t <= totalMs + step * 1e-9; t += step)
        {
            double x = LabelWidth + t / totalMs * PlotWidth;
            svg.Append($"<line x1=\"{F(x, 1)}\" y1=\"{y}\" x2=\"{F(x, 1)}\" y2=\"{y + 5}\" stroke=\"black\"/>\n");
            svg.Append($"<text x=\"{F(x, 1)}\" y=\"{y + 18}\" text-anchor=\"middle\">{F(t, step < 1 ? 2 : 0)}</text>\n");
        }
        svg.Append($"<text x=\"{LabelWidth - 8}\" y=\"{y + 18}\" text-anchor=\"end\">ms</text>\n");
    }

    static double NiceStep(double raw)
    {
        if (raw <= 0) return 1;
        double magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        foreach (var m in new[] { 1.0, 2.0, 5.0, 10.0 })
            if (raw <= m * magnitude) return m * magnitude;
        return 10 * magnitude;
    }

    static void DrawLegend(StringBuilder svg, int y)
    {
        int x = LabelWidth;
        void Swatch(string color, string label)
        {
            svg.Append($"<rect x=\"{x}\" y=\"{y - 10}\" width=\"14\" height=\"12\" fill=\"{color}\"/>\n");
            svg.Append($"<text x=\"{x + 19}\" y=\"{y}\">{label}</text>\n");
            x += 30 + label.Length * 7;
        }
        Swatch(HoldColor, "holds the GIL");
        Swatch(WaitColor, "waits for the GIL");
        Swatch(RunColor, "runs (no GIL)");
        svg.Append($"<path d=\"M{x} {y - 10} L{x + 8} {y - 10} L{x + 4} {y - 3} Z\" fill=\"#d62728\"/><text x=\"{x + 13}\" y=\"{y}\">drop request</text>\n");
        x += 110;
        svg.Append($"<line x1=\"{x + 4}\" y1=\"{y - 10}\" x2=\"{x + 4}\" y2=\"{y + 1}\" stroke=\"black\"/><text x=\"{x + 12}\" y=\"{y}\">forced switch</text>\n");
        x += 115;
        svg.Append($"<line x1=\"{x + 4}\" y1=\"{y - 10}\" x2=\"{x + 4}\" y2=\"{y + 1}\" stroke=\"#777\"/><text x=\"{x + 12}\" y=\"{y}\">released to block</text>\n");
    }

    static string F(double v, int decimals) => v.ToString("F" + decimals, CultureInfo.InvariantCulture);

    static string Truncate(string s, int n) => s.Length <= n ? s : s.Substring(0, n - 1) + "…";

    static string Escape(string s) => s.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;");
}

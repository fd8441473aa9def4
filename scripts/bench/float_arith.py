# Float arithmetic: a Mandelbrot set escape-time count, Newton's method square roots
# and a midpoint-rule integration, all on plain Python floats.
import _harness


def mandelbrot(size, limit):
    inside = 0
    for py in range(size):
        ci = 2.0 * py / size - 1.0
        for px in range(size):
            cr = 2.5 * px / size - 2.0
            zr = zi = 0.0
            i = 0
            while i < limit and zr * zr + zi * zi <= 4.0:
                zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
                i += 1
            if i == limit:
                inside += 1
    return inside


def newton_sqrt(x):
    guess = x / 2.0 + 0.5
    for _ in range(20):
        guess = 0.5 * (guess + x / guess)
    return guess


def integrate(steps):
    h = 1.0 / steps
    total = 0.0
    for i in range(steps):
        x = (i + 0.5) * h
        total += 4.0 / (1.0 + x * x)
    return total * h


def workload(n):
    roots = 0.0
    for i in range(1, n * 10):
        roots += newton_sqrt(float(i))
    return mandelbrot(n, 50), "%.6f" % roots, "%.12f" % integrate(n * 500)


print(*_harness.run(workload, 198))

# Ray tracer: renders a small scene of spheres on a checkered floor with two lights,
# shadows and mirror reflections, and reports a checksum of the image. A vector class
# with operator overloading, float arithmetic, polymorphic intersection methods.
import _harness
from math import sqrt

EPSILON = 1e-6


class Vector:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vector(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vector(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k, self.z * k)

    def __neg__(self):
        return Vector(-self.x, -self.y, -self.z)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def cross(self, o):
        return Vector(self.y * o.z - self.z * o.y, self.z * o.x - self.x * o.z, self.x * o.y - self.y * o.x)

    def length(self):
        return sqrt(self.dot(self))

    def normalized(self):
        return self * (1.0 / self.length())

    def reflect(self, normal):
        return self - normal * (2.0 * self.dot(normal))


class Color:
    __slots__ = ("r", "g", "b")

    def __init__(self, r, g, b):
        self.r = r
        self.g = g
        self.b = b

    def __add__(self, o):
        return Color(self.r + o.r, self.g + o.g, self.b + o.b)

    def __mul__(self, k):
        return Color(self.r * k, self.g * k, self.b * k)

    def tint(self, o):
        return Color(self.r * o.r, self.g * o.g, self.b * o.b)

    def to_bytes(self):
        return tuple(min(255, int(c * 255.0 + 0.5)) for c in (self.r, self.g, self.b))


BLACK = Color(0.0, 0.0, 0.0)


class Ray:
    __slots__ = ("origin", "direction")

    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction

    def at(self, t):
        return self.origin + self.direction * t


class Sphere:
    def __init__(self, centre, radius, color, reflectivity):
        self.centre = centre
        self.radius = radius
        self.color = color
        self.reflectivity = reflectivity

    def intersect(self, ray):
        oc = ray.origin - self.centre
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return None
        root = sqrt(disc)
        t = -b - root
        if t > EPSILON:
            return t
        t = -b + root
        return t if t > EPSILON else None

    def normal_at(self, p):
        return (p - self.centre).normalized()

    def color_at(self, p):
        return self.color


class Floor:
    def __init__(self, height, reflectivity):
        self.height = height
        self.reflectivity = reflectivity
        self.normal = Vector(0.0, 1.0, 0.0)

    def intersect(self, ray):
        dy = ray.direction.y
        if -EPSILON < dy < EPSILON:
            return None
        t = (self.height - ray.origin.y) / dy
        return t if t > EPSILON else None

    def normal_at(self, p):
        return self.normal

    def color_at(self, p):
        if (int(p.x + 1000.0) + int(p.z + 1000.0)) % 2:
            return Color(0.9, 0.9, 0.9)
        return Color(0.2, 0.2, 0.3)


class Light:
    def __init__(self, position, color):
        self.position = position
        self.color = color


class Scene:
    def __init__(self):
        self.objects = [
            Sphere(Vector(0.0, 1.0, 5.0), 1.0, Color(0.9, 0.2, 0.2), 0.3),
            Sphere(Vector(-2.2, 0.7, 6.5), 0.7, Color(0.2, 0.8, 0.3), 0.1),
            Sphere(Vector(1.8, 0.5, 4.0), 0.5, Color(0.3, 0.3, 0.9), 0.6),
            Floor(0.0, 0.25),
        ]
        self.lights = [
            Light(Vector(-5.0, 8.0, -2.0), Color(0.8, 0.8, 0.8)),
            Light(Vector(4.0, 5.0, 1.0), Color(0.3, 0.3, 0.4)),
        ]
        self.ambient = 0.1

    def nearest(self, ray):
        best_t = None
        best = None
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and (best_t is None or t < best_t):
                best_t = t
                best = obj
        return best, best_t

    def shadowed(self, point, light):
        to_light = light.position - point
        distance = to_light.length()
        ray = Ray(point, to_light * (1.0 / distance))
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and t < distance:
                return True
        return False

    def trace(self, ray, depth):
        obj, t = self.nearest(ray)
        if obj is None:
            k = 0.5 * (ray.direction.y + 1.0)
            return Color(0.5 * k + 0.2, 0.6 * k + 0.2, 0.9 * k + 0.1)
        point = ray.at(t)
        normal = obj.normal_at(point)
        base = obj.color_at(point)
        color = base * self.ambient
        for light in self.lights:
            if self.shadowed(point, light):
                continue
            to_light = (light.position - point).normalized()
            diffuse = normal.dot(to_light)
            if diffuse > 0.0:
                color = color + base.tint(light.color) * diffuse
            spec = ray.direction.reflect(normal).dot(to_light)
            if spec > 0.0:
                color = color + light.color * (spec ** 20)
        if depth > 0 and obj.reflectivity > 0.0:
            reflected = Ray(point, ray.direction.reflect(normal))
            color = color * (1.0 - obj.reflectivity) + self.trace(reflected, depth - 1) * obj.reflectivity
        return color


class Camera:
    def __init__(self, eye, look_at, width, height):
        self.eye = eye
        self.width = width
        self.height = height
        self.forward = (look_at - eye).normalized()
        self.right = self.forward.cross(Vector(0.0, 1.0, 0.0)).normalized() * -1.0
        self.up = self.right.cross(self.forward) * -1.0

    def ray(self, px, py):
        sx = (px + 0.5) / self.width * 2.0 - 1.0
        sy = 1.0 - (py + 0.5) / self.height * 2.0
        d = self.forward + self.right * (sx * 0.6) + self.up * (sy * 0.6 * self.height / self.width)
        return Ray(self.eye, d.normalized())


def workload(size):
    scene = Scene()
    camera = Camera(Vector(0.0, 2.0, -3.0), Vector(0.0, 0.8, 5.0), size, size)
    checksum = 0
    rows = []
    for py in range(size):
        row_sum = 0
        for px in range(size):
            r, g, b = scene.trace(camera.ray(px, py), 2).to_bytes()
            checksum = (checksum * 31 + r * 65536 + g * 256 + b) % 1000000007
            row_sum += r + g + b
        rows.append(row_sum)
    return checksum, rows[::size // 8]


print(*_harness.run(workload, 80))

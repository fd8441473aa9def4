# The match statement: literal, capture, wildcard, value, sequence (with a star), mapping
# (with **rest), class (positional through __match_args__ and keyword) and or-patterns,
# as-bindings and guards; 'match' and 'case' stay usable as names.
from dataclasses import dataclass

@dataclass
class Point:
    x: int
    y: int

class Color:
    RED = "red"
    GREEN = "green"

def describe(value):
    match value:
        case None:
            return "nothing"
        case True | False as b:
            return f"bool {b}"
        case 0:
            return "zero"
        case -1 | 1:
            return "unit"
        case int(n) if n > 100:
            return f"big int {n}"
        case int() | float():
            return f"number {value}"
        case "quit" | "exit":
            return "bye"
        case str(s) if s.startswith("go "):
            return f"go to {s[3:]}"
        case str():
            return f"string {value!r}"
        case []:
            return "empty list"
        case [x]:
            return f"one item {x}"
        case [x, y, *rest] if not rest:
            return f"pair {x} {y}"
        case [first, *_, last]:
            return f"first {first} last {last}"
        case (a, b, c):
            return "never for lists"
        case {"action": "move", "to": target, **others}:
            return f"move to {target} with {others}"
        case {"action": action}:
            return f"action {action}"
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point(x=px) as p:
            return f"point {p} with x {px}"
        case Color.RED:
            return "red!"
        case _:
            return f"other {type(value).__name__}"

for v in [None, True, False, 0, 1, -1, 500, 7, 2.5, "quit", "go north", "hello", [], [9], [1, 2], [1, 2, 3],
          (1, 2, 3, 4), {"action": "move", "to": "left", "speed": 3}, {"action": "jump"}, Point(0, 0), Point(0, 5),
          Point(3, 3), Point(1, 2), "red", {1, 2}, b"bytes", (5,), range(2)]:
    print(repr(v), "->", describe(v))

def command(text):
    match text.split():
        case ["go", direction]:
            return ("go", direction)
        case ["pick", "up", *items]:
            return ("pick", items)
        case ["drop", *objs, "now"]:
            return ("drop-now", objs)
        case _:
            return None
print(command("go north"), command("pick up sword shield"), command("drop a b now"), command("dance"))

match (1, 2):
    case (x, y):
        print("tuple", x, y)
match = 5
print(match)
case = [1]
print(case)
def match(x): return x * 2
print(match(4))
# expect: None -> nothing
# expect: True -> bool True
# expect: False -> bool False
# expect: 0 -> zero
# expect: 1 -> unit
# expect: -1 -> unit
# expect: 500 -> big int 500
# expect: 7 -> number 7
# expect: 2.5 -> number 2.5
# expect: 'quit' -> bye
# expect: 'go north' -> go to north
# expect: 'hello' -> string 'hello'
# expect: [] -> empty list
# expect: [9] -> one item 9
# expect: [1, 2] -> pair 1 2
# expect: [1, 2, 3] -> first 1 last 3
# expect: (1, 2, 3, 4) -> first 1 last 4
# expect: {'action': 'move', 'to': 'left', 'speed': 3} -> move to left with {'speed': 3}
# expect: {'action': 'jump'} -> action jump
# expect: Point(x=0, y=0) -> origin
# expect: Point(x=0, y=5) -> on y axis at 5
# expect: Point(x=3, y=3) -> diagonal 3
# expect: Point(x=1, y=2) -> point Point(x=1, y=2) with x 1
# expect: 'red' -> string 'red'
# expect: {1, 2} -> other set
# expect: b'bytes' -> other bytes
# expect: (5,) -> one item 5
# expect: range(0, 2) -> pair 0 1
# expect: ('go', 'north') ('pick', ['sword', 'shield']) ('drop-now', ['a', 'b']) None
# expect: tuple 1 2
# expect: 5
# expect: [1]
# expect: 8

# Go: a small Go engine on a 9x9 board -- captures, suicide and simple ko rules, random
# playouts that do not fill their own eyes, area scoring -- choosing a move by flat Monte
# Carlo (a few playouts per candidate). A simplified form of the classic "go" benchmark,
# which searches with UCT. Lists, sets, small objects and a lot of short method calls.
import _harness

EMPTY, BLACK, WHITE = 0, 1, 2
KOMI = 7.5


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % n


def neighbour_table(size):
    table = []
    for p in range(size * size):
        r, c = divmod(p, size)
        ns = []
        if r > 0:
            ns.append(p - size)
        if r < size - 1:
            ns.append(p + size)
        if c > 0:
            ns.append(p - 1)
        if c < size - 1:
            ns.append(p + 1)
        table.append(tuple(ns))
    return table


class Board:
    def __init__(self, size, neighbours):
        self.size = size
        self.neighbours = neighbours
        self.points = [EMPTY] * (size * size)
        self.to_move = BLACK
        self.ko = -1
        self.passes = 0
        self.moves = 0

    def copy(self):
        b = Board.__new__(Board)
        b.size = self.size
        b.neighbours = self.neighbours
        b.points = self.points[:]
        b.to_move = self.to_move
        b.ko = self.ko
        b.passes = self.passes
        b.moves = self.moves
        return b

    def group(self, p):
        """The stones of the group at p and the set of its liberties."""
        points = self.points
        nbrs = self.neighbours
        color = points[p]
        stones = [p]
        seen = {p}
        liberties = set()
        i = 0
        while i < len(stones):
            for n in nbrs[stones[i]]:
                c = points[n]
                if c == EMPTY:
                    liberties.add(n)
                elif c == color and n not in seen:
                    seen.add(n)
                    stones.append(n)
            i += 1
        return stones, liberties

    def play(self, p):
        """Plays the side to move at p; returns False, changing nothing, if illegal."""
        points = self.points
        if p == self.ko or points[p] != EMPTY:
            return False
        color = self.to_move
        other = BLACK + WHITE - color
        points[p] = color
        captured = []
        for n in self.neighbours[p]:
            if points[n] == other:
                stones, liberties = self.group(n)
                if not liberties:
                    for s in stones:
                        points[s] = EMPTY
                    captured += stones
        stones, liberties = self.group(p)
        if not liberties:
            points[p] = EMPTY   # suicide
            return False
        if len(captured) == 1 and len(stones) == 1 and len(liberties) == 1:
            self.ko = captured[0]
        else:
            self.ko = -1
        self.to_move = other
        self.passes = 0
        self.moves += 1
        return True

    def pass_move(self):
        self.to_move = BLACK + WHITE - self.to_move
        self.ko = -1
        self.passes += 1
        self.moves += 1

    def is_own_eye(self, p, color):
        for n in self.neighbours[p]:
            if self.points[n] != color:
                return False
        return True

    def random_move(self, rng):
        empties = [p for p, c in enumerate(self.points) if c == EMPTY]
        if empties:
            start = rng.below(len(empties))
            color = self.to_move
            for k in range(len(empties)):
                p = empties[(start + k) % len(empties)]
                if not self.is_own_eye(p, color) and self.play(p):
                    return p
        self.pass_move()
        return -1

    def playout(self, rng, limit):
        while self.passes < 2 and self.moves < limit:
            self.random_move(rng)

    def score(self):
        """Area score, Black minus White, with komi."""
        points = self.points
        black = points.count(BLACK)
        white = points.count(WHITE)
        seen = set()
        for p in range(len(points)):
            if points[p] != EMPTY or p in seen:
                continue
            region = [p]
            seen.add(p)
            borders = set()
            i = 0
            while i < len(region):
                for n in self.neighbours[region[i]]:
                    c = points[n]
                    if c == EMPTY:
                        if n not in seen:
                            seen.add(n)
                            region.append(n)
                    else:
                        borders.add(c)
                i += 1
            if borders == {BLACK}:
                black += len(region)
            elif borders == {WHITE}:
                white += len(region)
        return black - white - KOMI


def near_stones(board, distance):
    """The empty points within `distance` rows and columns of a stone."""
    size = board.size
    found = []
    for p, c in enumerate(board.points):
        if c != EMPTY:
            continue
        r, col = divmod(p, size)
        for dr in range(-distance, distance + 1):
            rr = r + dr
            if 0 <= rr < size and any(board.points[rr * size + cc] != EMPTY
                                      for cc in range(max(0, col - distance), min(size, col + distance + 1))):
                found.append(p)
                break
    return found


def choose_move(root, rng, playouts):
    """Flat Monte Carlo over the points near the stones already played: the move whose
    random continuations win most often."""
    me = root.to_move
    best, best_wins, total = -1, -1, 0
    for p in near_stones(root, 1):
        b = root.copy()
        if not b.play(p):
            continue
        wins = 0
        for _ in range(playouts):
            g = b.copy()
            g.playout(rng, 3 * len(g.points))
            s = g.score()
            if (s > 0) == (me == BLACK):
                wins += 1
        total += wins
        if wins > best_wins:
            best, best_wins = p, wins
    return best, best_wins, total


def workload(playouts):
    size = 9
    board = Board(size, neighbour_table(size))
    for p in (40, 30, 50, 32):
        board.play(p)
    rng = Lcg(2024)
    move = choose_move(board, rng, playouts)
    game = board.copy()
    game.playout(rng, 300)
    return move, game.moves, game.score()


print(*_harness.run(workload, 2, warmup=1, iterations=5))

"""graphlib: TopologicalSorter, which orders the nodes of a graph so that each comes after
the nodes it depends on — all at once (static_order) or a batch at a time as work finishes
(get_ready/done), the way a pool of workers runs tasks with dependencies. The order is
CPython's: ready nodes in the order they were added, a node's successors in the order
their edges were added."""

__all__ = ["TopologicalSorter", "CycleError"]

_NODE_OUT = -1   # passed out by get_ready(), not yet done
_NODE_DONE = -2  # marked done


class _NodeInfo:
    __slots__ = "node", "npredecessors", "successors"

    def __init__(self, node):
        self.node = node
        # Predecessors not yet done, or one of the two states above.
        self.npredecessors = 0
        self.successors = []


class CycleError(ValueError):
    """The graph has a cycle; args[1] lists its nodes, the first also last."""


class TopologicalSorter:
    """Orders a graph given as {node: predecessors} and/or by add()."""

    def __init__(self, graph=None):
        self._node2info = {}
        self._ready_nodes = None
        self._npassedout = 0
        self._nfinished = 0
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _get_nodeinfo(self, node):
        info = self._node2info.get(node)
        if info is None:
            self._node2info[node] = info = _NodeInfo(node)
        return info

    def add(self, node, *predecessors):
        """Adds node, which comes after every one of predecessors."""
        if self._ready_nodes is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        info = self._get_nodeinfo(node)
        info.npredecessors += len(predecessors)
        for pred in predecessors:
            self._get_nodeinfo(pred).successors.append(node)

    def prepare(self):
        """Ends the adding; raises CycleError if the graph has a cycle."""
        if self._ready_nodes is not None:
            raise ValueError("cannot prepare() more than once")
        self._ready_nodes = [i.node for i in self._node2info.values() if i.npredecessors == 0]
        cycle = self._find_cycle()
        if cycle:
            raise CycleError("nodes are in a cycle", cycle)

    def get_ready(self):
        """The nodes whose predecessors are all done, not handed out before."""
        if self._ready_nodes is None:
            raise ValueError("prepare() must be called first")
        result = tuple(self._ready_nodes)
        for node in result:
            self._node2info[node].npredecessors = _NODE_OUT
        self._ready_nodes.clear()
        self._npassedout += len(result)
        return result

    def is_active(self):
        """Whether nodes remain to be handed out or marked done."""
        if self._ready_nodes is None:
            raise ValueError("prepare() must be called first")
        return self._nfinished < self._npassedout or bool(self._ready_nodes)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        """Marks nodes handed out by get_ready() as processed, which can ready others."""
        if self._ready_nodes is None:
            raise ValueError("prepare() must be called first")
        n2i = self._node2info
        for node in nodes:
            info = n2i.get(node)
            if info is None:
                raise ValueError(f"node {node!r} was not added using add()")
            stat = info.npredecessors
            if stat != _NODE_OUT:
                if stat >= 0:
                    raise ValueError(f"node {node!r} was not passed out (still not ready)")
                raise ValueError(f"node {node!r} was already marked done")
            info.npredecessors = _NODE_DONE
            for successor in info.successors:
                successor_info = n2i[successor]
                successor_info.npredecessors -= 1
                if successor_info.npredecessors == 0:
                    self._ready_nodes.append(successor)
            self._nfinished += 1

    def _find_cycle(self):
        """A cycle as a list of nodes (first node repeated at the end), or None: a depth-
        first walk along successor edges that keeps its path on a stack."""
        n2i = self._node2info
        stack = []
        itstack = []
        seen = set()
        node2stacki = {}
        for node in n2i:
            if node in seen:
                continue
            while True:
                if node in seen:
                    if node in node2stacki:
                        return stack[node2stacki[node]:] + [node]
                else:
                    seen.add(node)
                    itstack.append(iter(n2i[node].successors).__next__)
                    node2stacki[node] = len(stack)
                    stack.append(node)
                while stack:
                    try:
                        node = itstack[-1]()
                        break
                    except StopIteration:
                        del node2stacki[stack.pop()]
                        itstack.pop()
                else:
                    break
        return None

    def static_order(self):
        """Every node, each after its predecessors."""
        self.prepare()
        while self.is_active():
            node_group = self.get_ready()
            yield from node_group
            self.done(*node_group)

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)

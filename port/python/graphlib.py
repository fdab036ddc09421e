"""graphlib: TopologicalSorter (add, prepare, get_ready, done, is_active,
bool(), static_order) and CycleError, with CPython's error messages and the
same cycle reported: nodes are searched depth first in the order they were
first added, following each node's dependents in the order they were
added. TopologicalSorter[...] generic aliases are not supported."""

__all__ = ['TopologicalSorter', 'CycleError']

# what _Node.waiting holds once the node has left the ready list
_PASSED_OUT = -1
_DONE = -2


class CycleError(ValueError):
    """args[1] lists the nodes of a cycle, the first repeated at the end."""


class _Node:
    def __init__(self, node):
        self.node = node
        # predecessors not yet done, or _PASSED_OUT / _DONE
        self.waiting = 0
        self.dependents = []


class TopologicalSorter:
    def __init__(self, graph=None):
        self._nodes = {}
        self._ready = None  # list once prepare() ran
        self._passed_out = 0
        self._finished = 0
        if graph:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _info(self, node):
        info = self._nodes.get(node)
        if info is None:
            info = self._nodes[node] = _Node(node)
        return info

    def add(self, node, *predecessors):
        if self._ready is not None:
            raise ValueError('Nodes cannot be added after a call to prepare()')
        self._info(node).waiting += len(predecessors)
        for pred in predecessors:
            self._info(pred).dependents.append(node)

    def prepare(self):
        if self._ready is not None:
            raise ValueError('cannot prepare() more than once')
        self._ready = [i.node for i in self._nodes.values() if i.waiting == 0]
        cycle = self._find_cycle()
        if cycle:
            raise CycleError('nodes are in a cycle', cycle)

    def _check_prepared(self):
        if self._ready is None:
            raise ValueError('prepare() must be called first')

    def get_ready(self):
        self._check_prepared()
        result = tuple(self._ready)
        for node in result:
            self._nodes[node].waiting = _PASSED_OUT
        self._ready = []
        self._passed_out += len(result)
        return result

    def is_active(self):
        self._check_prepared()
        return self._finished < self._passed_out or bool(self._ready)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        self._check_prepared()
        for node in nodes:
            info = self._nodes.get(node)
            if info is None:
                raise ValueError('node %r was not added using add()' % (node,))
            if info.waiting >= 0:
                raise ValueError('node %r was not passed out (still not ready)' % (node,))
            if info.waiting == _DONE:
                raise ValueError('node %r was already marked done' % (node,))
            info.waiting = _DONE
            for dependent in info.dependents:
                dep = self._nodes[dependent]
                dep.waiting -= 1
                if dep.waiting == 0:
                    self._ready.append(dependent)
            self._finished += 1

    def static_order(self):
        self.prepare()
        while self.is_active():
            group = self.get_ready()
            for node in group:
                yield node
            self.done(*group)

    def _find_cycle(self):
        """The first cycle a depth-first walk meets, as a list of nodes
        ending with its first one, or None."""
        nodes = self._nodes
        seen = set()
        for start in nodes:
            if start in seen:
                continue
            path = [start]          # the nodes being walked through
            on_path = {start: 0}    # node -> index in path
            pending = [iter(nodes[start].dependents)]
            seen.add(start)
            while pending:
                nxt = next(pending[-1], _END)
                if nxt is _END:
                    pending.pop()
                    del on_path[path.pop()]
                    continue
                if nxt in on_path:
                    return path[on_path[nxt]:] + [nxt]
                if nxt in seen:
                    continue
                seen.add(nxt)
                on_path[nxt] = len(path)
                path.append(nxt)
                pending.append(iter(nodes[nxt].dependents))
        return None


_END = object()

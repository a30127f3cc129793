"""The criteria tree: themes (e.g. the Omgevingsvisie's core values) over criteria.

Weights are local: each node weighs against its siblings, and a criterion's global weight is
the product of the normalised local weights on its path (Belton & Stewart (2002) § 5.3,
hierarchical weighting).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from typing import Literal

from criteria.scales import FivePointScale, Scale
from criteria.text import Text

Direction = Literal["benefit", "cost"]


@dataclass(frozen=True)
class Criterion:
    """A leaf of the tree: what a candidate is scored on."""

    id: str
    name: Text
    description: Text = Text()
    direction: Direction = "benefit"
    scale: Scale = field(default_factory=FivePointScale)
    enabled: bool = True
    source: str = ""

    @property
    def benefit(self) -> bool:
        return self.direction == "benefit"


@dataclass(frozen=True)
class Theme:
    """An inner node grouping criteria or further themes."""

    id: str
    name: Text
    description: Text = Text()
    children: tuple[Node, ...] = ()
    enabled: bool = True
    source: str = ""


Node = Theme | Criterion


@dataclass(frozen=True)
class CriteriaTree:
    """The top-level themes and criteria, in display order."""

    roots: tuple[Node, ...] = ()

    def walk(self) -> Iterator[tuple[Node, tuple[Theme, ...]]]:
        """Every node depth-first with its ancestors (outermost first)."""

        def visit(nodes: tuple[Node, ...], path: tuple[Theme, ...]):
            for node in nodes:
                yield node, path
                if isinstance(node, Theme):
                    yield from visit(node.children, (*path, node))

        yield from visit(self.roots, ())

    def nodes(self) -> list[Node]:
        return [node for node, _ in self.walk()]

    def criteria(self) -> list[Criterion]:
        """All criteria (leaves), enabled or not, in tree order."""
        return [n for n in self.nodes() if isinstance(n, Criterion)]

    def active_criteria(self) -> list[Criterion]:
        """The criteria that take part in a ranking: enabled, with every ancestor enabled."""
        return [
            node
            for node, path in self.walk()
            if isinstance(node, Criterion) and node.enabled and all(t.enabled for t in path)
        ]

    def find(self, node_id: str) -> Node:
        for node in self.nodes():
            if node.id == node_id:
                return node
        raise KeyError(node_id)

    def path(self, node_id: str) -> tuple[Theme, ...]:
        """The themes above ``node_id``, outermost first."""
        for node, path in self.walk():
            if node.id == node_id:
                return path
        raise KeyError(node_id)

    def parent_id(self, node_id: str) -> str | None:
        path = self.path(node_id)
        return path[-1].id if path else None

    def siblings(self, node_id: str) -> tuple[Node, ...]:
        """The node's sibling group, itself included."""
        parent = self.parent_id(node_id)
        return self.roots if parent is None else self.find(parent).children  # type: ignore[union-attr]

    def theme_of(self, criterion_id: str) -> Theme | None:
        """The top-level theme a criterion belongs to (None for a top-level criterion)."""
        path = self.path(criterion_id)
        return path[0] if path else None

    def global_weights(self, local: Mapping[str, float]) -> dict[str, float]:
        """Global weight of every node: normalised local weights multiplied down the tree.

        A missing local weight counts as 1; disabled nodes weigh 0 and hand nothing to their
        siblings' normalisation. A sibling group whose weights sum to 0 gives its members 0.
        """
        result: dict[str, float] = {}

        def visit(nodes: tuple[Node, ...], parent_weight: float) -> None:
            raw = [max(0.0, float(local.get(n.id, 1.0))) if n.enabled else 0.0 for n in nodes]
            total = sum(raw)
            for node, w in zip(nodes, raw, strict=True):
                g = parent_weight * w / total if total > 0 else 0.0
                result[node.id] = g
                if isinstance(node, Theme):
                    visit(node.children, g)

        visit(self.roots, 1.0)
        return result

    def replace_node(self, node_id: str, new: Node | None) -> CriteriaTree:
        """A tree with ``node_id`` replaced by ``new`` (or removed when ``new`` is None)."""

        def rebuild(nodes: tuple[Node, ...]) -> tuple[Node, ...]:
            out: list[Node] = []
            for node in nodes:
                if node.id == node_id:
                    if new is not None:
                        out.append(new)
                    continue
                if isinstance(node, Theme):
                    node = replace(node, children=rebuild(node.children))
                out.append(node)
            return tuple(out)

        return CriteriaTree(rebuild(self.roots))

    def insert(self, parent_id: str | None, node: Node, index: int | None = None) -> CriteriaTree:
        """A tree with ``node`` added under ``parent_id`` (None: top level) at ``index``."""
        if parent_id is None:
            children = list(self.roots)
            children.insert(len(children) if index is None else index, node)
            return CriteriaTree(tuple(children))
        parent = self.find(parent_id)
        if not isinstance(parent, Theme):
            raise ValueError(f"{parent_id} is a criterion; criteria can only be added to a theme")
        children = list(parent.children)
        children.insert(len(children) if index is None else index, node)
        return self.replace_node(parent_id, replace(parent, children=tuple(children)))

    def index_of(self, node_id: str) -> int:
        return [n.id for n in self.siblings(node_id)].index(node_id)

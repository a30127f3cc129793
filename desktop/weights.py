"""Local weight shares of a sibling group and their live renormalisation.

A scenario stores raw local weights per node (missing means 1); within a sibling group the
shares are the weights divided by the group's sum over enabled nodes (Belton & Stewart (2002)
§ 5.3). Moving one slider rescales the unlocked siblings so the group keeps summing to 1.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from criteria.tree import Node


def shares(group: Sequence[Node], weights: Mapping[str, float]) -> dict[str, float]:
    """Normalised local weights of ``group`` (disabled nodes 0; an all-zero group gives 0s)."""
    raw = {n.id: max(0.0, float(weights.get(n.id, 1.0))) if n.enabled else 0.0 for n in group}
    total = sum(raw.values())
    return {k: (v / total if total > 0 else 0.0) for k, v in raw.items()}


def renormalise(
    current: Mapping[str, float],
    changed: str,
    value: float,
    locked: Collection[str] = (),
    disabled: Collection[str] = (),
) -> dict[str, float]:
    """New shares after setting ``changed`` to ``value``: locked and disabled siblings keep
    theirs, the other siblings share what is left in proportion to their current shares."""
    fixed = {k for k in current if k != changed and (k in locked or k in disabled)}
    free = [k for k in current if k != changed and k not in fixed]
    room = max(0.0, 1.0 - sum(current[k] for k in fixed if k not in disabled))
    value = min(max(0.0, value), room) if free else room
    result = dict(current)
    result[changed] = value
    rest = room - value
    free_total = sum(current[k] for k in free)
    for k in free:
        result[k] = rest * current[k] / free_total if free_total > 0 else rest / len(free)
    return result

// A small deterministic force layout for link charts (a few hundred nodes at most). Nodes that
// already have a place keep it as a starting point, so expanding a chart does not reshuffle it.

export type Position = { x: number; y: number };

/** A stable pseudo-random number in [0, 1) from an id, so the same chart always looks the same. */
function hashUnit(id: string, salt: number): number {
  let hash = 2166136261 ^ salt;
  for (let i = 0; i < id.length; i += 1) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 16777619);
  }
  return ((hash >>> 0) % 100_000) / 100_000;
}

export function layoutChart(
  nodeIds: readonly string[],
  links: readonly { source: string; target: string }[],
  previous: ReadonlyMap<string, Position>,
  iterations = 150,
): Map<string, Position> {
  const positions = new Map<string, Position>();
  const neighbours = new Map<string, string[]>();
  for (const link of links) {
    neighbours.set(link.source, [...(neighbours.get(link.source) ?? []), link.target]);
    neighbours.set(link.target, [...(neighbours.get(link.target) ?? []), link.source]);
  }
  // Known nodes stay put; new ones start next to a placed neighbour (or anywhere, if none).
  for (const id of nodeIds) {
    const known = previous.get(id);
    if (known) positions.set(id, { ...known });
  }
  for (const id of nodeIds) {
    if (positions.has(id)) continue;
    const anchor = (neighbours.get(id) ?? []).map((n) => positions.get(n) ?? previous.get(n)).find(Boolean);
    const angle = hashUnit(id, 1) * Math.PI * 2;
    const distance = anchor ? 0.3 : 1 + hashUnit(id, 2);
    positions.set(id, {
      x: (anchor?.x ?? 0) + Math.cos(angle) * distance,
      y: (anchor?.y ?? 0) + Math.sin(angle) * distance,
    });
  }
  const ids = [...positions.keys()];
  const ideal = 0.5;
  for (let step = 0; step < iterations; step += 1) {
    const temperature = 0.1 * (1 - step / iterations) + 0.005;
    const force = new Map(ids.map((id) => [id, { x: 0, y: 0 }]));
    for (let i = 0; i < ids.length; i += 1) {
      const a = positions.get(ids[i] ?? '');
      const fa = force.get(ids[i] ?? '');
      if (!a || !fa) continue;
      for (let j = i + 1; j < ids.length; j += 1) {
        const b = positions.get(ids[j] ?? '');
        const fb = force.get(ids[j] ?? '');
        if (!b || !fb) continue;
        const dx = a.x - b.x || 0.01;
        const dy = a.y - b.y || 0.01;
        const d2 = Math.max(dx * dx + dy * dy, 0.0001);
        const repulse = (ideal * ideal) / d2;
        fa.x += dx * repulse;
        fa.y += dy * repulse;
        fb.x -= dx * repulse;
        fb.y -= dy * repulse;
      }
    }
    for (const link of links) {
      const a = positions.get(link.source);
      const b = positions.get(link.target);
      const fa = force.get(link.source);
      const fb = force.get(link.target);
      if (!a || !b || !fa || !fb || a === b) continue;
      const dx = a.x - b.x;
      const dy = a.y - b.y;
      const d = Math.sqrt(dx * dx + dy * dy) || 0.01;
      const attract = d / ideal;
      fa.x -= dx * attract;
      fa.y -= dy * attract;
      fb.x += dx * attract;
      fb.y += dy * attract;
    }
    for (const id of ids) {
      const p = positions.get(id);
      const f = force.get(id);
      if (!p || !f) continue;
      // A weak pull to the centre keeps separate components on screen.
      f.x -= p.x * 0.05;
      f.y -= p.y * 0.05;
      const length = Math.sqrt(f.x * f.x + f.y * f.y) || 1;
      const move = Math.min(length, temperature);
      p.x += (f.x / length) * move;
      p.y += (f.y / length) * move;
    }
  }
  return positions;
}

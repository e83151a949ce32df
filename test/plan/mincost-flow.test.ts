import { describe, expect, it } from 'vitest';
import { MinCostFlow } from '../../src/plan/mincost-flow.js';
import { prng } from './people.js';

/** Rows × columns assignment as a flow; returns the cost and, per row, the chosen column (-1 for none). */
function assign(costs: number[][], columnCapacity: number[] = costs[0]!.map(() => 1)) {
  const rows = costs.length;
  const columns = columnCapacity.length;
  const sink = 1 + rows + columns;
  const flow = new MinCostFlow(sink + 1);
  const edges: number[][] = [];
  for (let r = 0; r < rows; r++) {
    flow.addEdge(0, 1 + r, 1, 0);
    edges.push(costs[r]!.map((cost, c) => flow.addEdge(1 + r, 1 + rows + c, 1, cost)));
  }
  columnCapacity.forEach((capacity, c) => flow.addEdge(1 + rows + c, sink, capacity, 0));
  const result = flow.solve(0, sink);
  const chosen = edges.map((row) => row.findIndex((edge) => flow.flowOn(edge) > 0));
  return { ...result, chosen };
}

/** Every way to give each row a column within capacity, assigning as many rows as possible: the least cost. */
function bruteForce(costs: number[][], columnCapacity: number[]): { flow: number; cost: number } {
  let best = { flow: -1, cost: Infinity };
  const used = columnCapacity.map(() => 0);
  const walk = (row: number, flow: number, cost: number) => {
    if (row === costs.length) {
      if (flow > best.flow || (flow === best.flow && cost < best.cost)) best = { flow, cost };
      return;
    }
    walk(row + 1, flow, cost);
    costs[row]!.forEach((c, col) => {
      if (used[col]! >= columnCapacity[col]!) return;
      used[col]!++;
      walk(row + 1, flow + 1, cost + c);
      used[col]!--;
    });
  };
  walk(0, 0, 0);
  return best;
}

describe('MinCostFlow', () => {
  it('sends flow along the cheapest path within capacities', () => {
    // 0 → 1 → 3 costs 4 per unit, 0 → 2 → 3 costs 3, 0 → 1 → 2 → 3 costs 3.
    const flow = new MinCostFlow(4);
    flow.addEdge(0, 1, 2, 1);
    flow.addEdge(0, 2, 1, 2);
    flow.addEdge(1, 2, 1, 1);
    const direct = flow.addEdge(1, 3, 1, 3);
    flow.addEdge(2, 3, 2, 1);
    expect(flow.solve(0, 3)).toEqual({ flow: 3, cost: 10 });
    expect(flow.flowOn(direct)).toBe(1);
  });

  it('finds the optimum where greedy does not', () => {
    // Greedy gives row 0 its cheapest column (1), leaving row 1 a cost of 100.
    const result = assign([
      [1, 2],
      [2, 100],
    ]);
    expect(result.cost).toBe(4);
    expect(result.chosen).toEqual([1, 0]);
  });

  it('needs to reroute earlier flow (a residual reverse edge) to reach the optimum', () => {
    // Rows 0 and 1 both like column 0; row 1 can use column 1 only at a high price, row 0 cheaply.
    const result = assign([
      [1, 3],
      [1, 50],
      [10, 20],
    ], [1, 1]);
    expect(result).toMatchObject({ flow: 2, cost: 4, chosen: [1, 0, -1] });
  });

  it('stops at the limit', () => {
    const flow = new MinCostFlow(2);
    flow.addEdge(0, 1, 5, 2);
    expect(flow.solve(0, 1, 3)).toEqual({ flow: 3, cost: 6 });
    expect(flow.solve(0, 1)).toEqual({ flow: 5, cost: 10 });
    expect(flow.solve(0, 1)).toEqual({ flow: 5, cost: 10 });
  });

  it('handles negative costs', () => {
    const flow = new MinCostFlow(4);
    flow.addEdge(0, 1, 1, 0);
    flow.addEdge(0, 2, 1, 0);
    flow.addEdge(1, 3, 1, -5);
    flow.addEdge(2, 3, 1, 2);
    flow.addEdge(1, 2, 1, -1);
    expect(flow.solve(0, 3)).toEqual({ flow: 2, cost: -3 });
  });

  it('rejects a negative cycle', () => {
    const flow = new MinCostFlow(3);
    flow.addEdge(0, 1, 1, 0);
    flow.addEdge(1, 2, 1, -2);
    flow.addEdge(2, 1, 1, 1);
    expect(() => flow.solve(0, 2)).toThrow(/negative-cost cycle/);
  });

  it('accepts unbounded edges', () => {
    const flow = new MinCostFlow(3);
    const wide = flow.addEdge(0, 1, Infinity, 1);
    flow.addEdge(1, 2, 4, 1);
    expect(flow.solve(0, 2)).toEqual({ flow: 4, cost: 8 });
    expect(flow.flowOn(wide)).toBe(4);
  });

  it('returns nothing when the sink cannot be reached', () => {
    const flow = new MinCostFlow(3);
    flow.addEdge(0, 1, 3, 1);
    expect(flow.solve(0, 2)).toEqual({ flow: 0, cost: 0 });
  });

  it('breaks ties by insertion order', () => {
    const result = assign([[5, 5, 5]]);
    expect(result.chosen).toEqual([0]);
  });

  it('rejects fractional costs and capacities, and unknown nodes', () => {
    const flow = new MinCostFlow(2);
    expect(() => flow.addEdge(0, 1, 1, 0.5)).toThrow(RangeError);
    expect(() => flow.addEdge(0, 1, 1.5, 1)).toThrow(RangeError);
    expect(() => flow.addEdge(0, 1, -1, 1)).toThrow(RangeError);
    expect(() => flow.addEdge(0, 2, 1, 1)).toThrow(RangeError);
    expect(() => flow.flowOn(1)).toThrow(RangeError);
  });

  it('matches brute force on random assignment and transport problems', () => {
    const random = prng(42);
    for (let trial = 0; trial < 300; trial++) {
      const rows = 1 + random.int(5);
      const columns = 1 + random.int(4);
      const costs = Array.from({ length: rows }, () => Array.from({ length: columns }, () => random.int(20)));
      const capacity = Array.from({ length: columns }, () => random.int(3));
      const expected = bruteForce(costs, capacity);
      const actual = assign(costs, capacity);
      expect({ flow: actual.flow, cost: actual.cost }, `trial ${trial}: ${JSON.stringify({ costs, capacity })}`).toEqual(expected);
    }
  });

  it('fills split slots with increasing marginal costs in order (convex costs)', () => {
    // One column with three unit slots costing 0, 10, 20 and another costing 15 flat.
    const flow = new MinCostFlow(7);
    const [source, a, b, c, x, y, sink] = [0, 1, 2, 3, 4, 5, 6];
    for (const row of [a, b, c]) {
      flow.addEdge(source, row, 1, 0);
      flow.addEdge(row, x, 1, 0);
      flow.addEdge(row, y, 1, 0);
    }
    flow.addEdge(x, sink, 1, 0);
    flow.addEdge(x, sink, 1, 10);
    flow.addEdge(x, sink, 1, 20);
    flow.addEdge(y, sink, 3, 15);
    expect(flow.solve(source, sink)).toEqual({ flow: 3, cost: 25 });
  });

  it('gives the same answer every time', () => {
    const random = prng(7);
    const costs = Array.from({ length: 8 }, () => Array.from({ length: 8 }, () => random.int(3)));
    const first = assign(costs);
    for (let i = 0; i < 3; i++) expect(assign(costs)).toEqual(first);
  });
});

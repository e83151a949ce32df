/**
 * Min-cost max-flow over integer capacities and integer costs, by the
 * primal-dual method: Dijkstra with node potentials finds the shortest
 * distance to the sink, then a blocking flow is pushed along every
 * shortest path at once (Dinic on the edges of zero reduced cost). The
 * number of Dijkstra rounds is the number of distinct path costs, so
 * problems whose costs take few values (as the planner's do) stay cheap.
 *
 * Deterministic: nodes are numbers, edges are tried in insertion order, so
 * among equally cheap choices the edge added first wins. Callers add edges
 * in id order to break ties by id.
 */
export class MinCostFlow {
  private readonly head: number[][];
  private readonly to: number[] = [];
  private readonly cap: number[] = [];
  private readonly cost: number[] = [];

  constructor(readonly nodeCount: number) {
    if (!Number.isInteger(nodeCount) || nodeCount < 0) throw new RangeError(`node count must be a whole number, got ${nodeCount}`);
    this.head = Array.from({ length: nodeCount }, () => []);
  }

  /**
   * An edge `from → to` carrying at most `capacity` (a whole number, or
   * Infinity) at `cost` per unit (a safe integer, negative allowed).
   * Returns the edge's id for `flowOn`.
   */
  addEdge(from: number, to: number, capacity: number, cost: number): number {
    this.checkNode(from);
    this.checkNode(to);
    if (!(capacity >= 0) || (capacity !== Infinity && !Number.isInteger(capacity))) throw new RangeError(`capacity must be a whole number ≥ 0, got ${capacity}`);
    if (!Number.isSafeInteger(cost)) throw new RangeError(`cost must be a safe integer, got ${cost}`);
    const id = this.to.length;
    this.to.push(to, from);
    this.cap.push(capacity, 0);
    this.cost.push(cost, -cost);
    this.head[from]!.push(id);
    this.head[to]!.push(id + 1);
    return id;
  }

  /** Units flowing on an edge returned by `addEdge`. */
  flowOn(edge: number): number {
    if (edge % 2 !== 0 || edge < 0 || edge >= this.to.length) throw new RangeError(`no edge ${edge}`);
    return this.cap[edge + 1]!;
  }

  /** Total cost of the current flow. */
  totalCost(): number {
    let total = 0;
    for (let e = 0; e < this.to.length; e += 2) if (this.cap[e + 1]! > 0) total += this.cap[e + 1]! * this.cost[e]!;
    return total;
  }

  /**
   * Sends as much flow as possible (at most `limit` more units) from
   * `source` to `sink` at least cost, on top of any flow already sent, and
   * returns the totals so far. With negative edge costs the graph must hold
   * no negative cycle reachable from the source. Augmenting paths are found
   * by recursion, so a path may have at most a few thousand edges.
   */
  solve(source: number, sink: number, limit = Infinity): { flow: number; cost: number } {
    this.checkNode(source);
    this.checkNode(sink);
    const n = this.nodeCount;
    const potential = this.initialPotentials(source);
    let flow = 0;
    while (flow < limit) {
      const dist = this.dijkstra(source, potential);
      if (dist[sink] === Infinity) break;
      for (let v = 0; v < n; v++) if (dist[v] !== Infinity) potential[v]! += dist[v]!;
      const pushed = this.blockingFlows(source, sink, potential, limit - flow);
      if (pushed === 0) break; // cannot happen with exact integers; a guard against a livelock
      flow += pushed;
    }
    return { flow: this.netFlowOut(source), cost: this.totalCost() };
  }

  /** Units leaving `node` minus units arriving, over all flow sent so far. */
  private netFlowOut(node: number): number {
    let net = 0;
    for (const e of this.head[node]!) net += e % 2 === 0 ? this.cap[e + 1]! : -this.cap[e]!;
    return net;
  }

  private checkNode(node: number): void {
    if (!Number.isInteger(node) || node < 0 || node >= this.nodeCount) throw new RangeError(`no node ${node}`);
  }

  /** Zero potentials, or Bellman-Ford (queue-based) distances when some residual edge costs less than zero. */
  private initialPotentials(source: number): number[] {
    const n = this.nodeCount;
    let negative = false;
    for (let e = 0; e < this.to.length; e++) if (this.cap[e]! > 0 && this.cost[e]! < 0) negative = true;
    if (!negative) return new Array<number>(n).fill(0);
    const dist = new Array<number>(n).fill(Infinity);
    const queued = new Array<boolean>(n).fill(false);
    const rounds = new Array<number>(n).fill(0);
    dist[source] = 0;
    const queue = [source];
    queued[source] = true;
    for (let i = 0; i < queue.length; i++) {
      const u = queue[i]!;
      queued[u] = false;
      for (const e of this.head[u]!) {
        if (this.cap[e]! <= 0) continue;
        const v = this.to[e]!;
        const d = dist[u]! + this.cost[e]!;
        if (d < dist[v]!) {
          dist[v] = d;
          if (!queued[v]) {
            if (++rounds[v]! > n) throw new RangeError('the graph has a negative-cost cycle');
            queued[v] = true;
            queue.push(v);
          }
        }
      }
    }
    // Nodes the source cannot reach never carry flow; any potential will do.
    return dist.map((d) => (d === Infinity ? 0 : d));
  }

  /** Shortest distances by reduced cost (never negative under valid potentials); a binary heap ordered by (distance, node). */
  private dijkstra(source: number, potential: number[]): number[] {
    const n = this.nodeCount;
    const dist = new Array<number>(n).fill(Infinity);
    const heap = new NodeHeap();
    dist[source] = 0;
    heap.push(0, source);
    while (heap.size > 0) {
      const [d, u] = heap.pop();
      if (d > dist[u]!) continue;
      const pu = potential[u]!;
      for (const e of this.head[u]!) {
        if (this.cap[e]! <= 0) continue;
        const v = this.to[e]!;
        const nd = d + this.cost[e]! + pu - potential[v]!;
        if (nd < dist[v]!) {
          dist[v] = nd;
          heap.push(nd, v);
        }
      }
    }
    return dist;
  }

  /** Dinic on the admissible edges (residual, zero reduced cost) until the sink is cut off from them. */
  private blockingFlows(source: number, sink: number, potential: number[], limit: number): number {
    const n = this.nodeCount;
    const admissible = (e: number, u: number): boolean => this.cap[e]! > 0 && this.cost[e]! + potential[u]! - potential[this.to[e]!]! === 0;
    let total = 0;
    while (total < limit) {
      const level = new Array<number>(n).fill(-1);
      level[source] = 0;
      const queue = [source];
      for (let i = 0; i < queue.length; i++) {
        const u = queue[i]!;
        for (const e of this.head[u]!) {
          const v = this.to[e]!;
          if (level[v] === -1 && admissible(e, u)) {
            level[v] = level[u]! + 1;
            queue.push(v);
          }
        }
      }
      if (level[sink] === -1) break;
      const next = new Array<number>(n).fill(0);
      const push = (u: number, amount: number): number => {
        if (u === sink) return amount;
        const edges = this.head[u]!;
        for (; next[u]! < edges.length; next[u]!++) {
          const e = edges[next[u]!]!;
          const v = this.to[e]!;
          if (level[v] !== level[u]! + 1 || !admissible(e, u)) continue;
          const sent = push(v, Math.min(amount, this.cap[e]!));
          if (sent > 0) {
            this.cap[e]! -= sent;
            this.cap[e ^ 1]! += sent;
            return sent;
          }
        }
        return 0;
      };
      for (let sent = push(source, limit - total); sent > 0; sent = total < limit ? push(source, limit - total) : 0) total += sent;
    }
    return total;
  }
}

/** A binary min-heap of (key, node) pairs; ties by node, so pops are deterministic. */
class NodeHeap {
  private readonly keys: number[] = [];
  private readonly nodes: number[] = [];

  get size(): number {
    return this.keys.length;
  }

  push(key: number, node: number): void {
    let i = this.keys.length;
    this.keys.push(key);
    this.nodes.push(node);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  pop(): [number, number] {
    const top: [number, number] = [this.keys[0]!, this.nodes[0]!];
    const lastKey = this.keys.pop()!;
    const lastNode = this.nodes.pop()!;
    if (this.keys.length > 0) {
      this.keys[0] = lastKey;
      this.nodes[0] = lastNode;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let least = i;
        if (left < this.keys.length && this.less(left, least)) least = left;
        if (right < this.keys.length && this.less(right, least)) least = right;
        if (least === i) break;
        this.swap(i, least);
        i = least;
      }
    }
    return top;
  }

  private less(a: number, b: number): boolean {
    return this.keys[a]! < this.keys[b]! || (this.keys[a] === this.keys[b] && this.nodes[a]! < this.nodes[b]!);
  }

  private swap(a: number, b: number): void {
    [this.keys[a], this.keys[b]] = [this.keys[b]!, this.keys[a]!];
    [this.nodes[a], this.nodes[b]] = [this.nodes[b]!, this.nodes[a]!];
  }
}

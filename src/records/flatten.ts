/**
 * An async generator of items from an async generator of batches of them.
 * Why not `for (const x of batch) yield x` in an async generator: each
 * item then costs an async-generator round trip (~0.55 µs, about a sixth of
 * reading a row); here an item already in hand is one resolved promise
 * (~0.3 µs). Calls to next() are served in order; return() and throw() end
 * the source (closing its file).
 */
export function flatten<T>(source: AsyncGenerator<T[], void, undefined>): AsyncGenerator<T, void, undefined> {
  return new Flattened(source);
}

const DONE: IteratorReturnResult<void> = Object.freeze({ value: undefined, done: true as const });

class Flattened<T> implements AsyncGenerator<T, void, undefined> {
  private batch: T[] = [];
  private at = 0;
  private finished = false;
  /** A pull from the source in flight: later next() calls wait for it. */
  private pulling: Promise<IteratorResult<T, void>> | undefined;

  constructor(private readonly source: AsyncGenerator<T[], void, undefined>) {}

  next(): Promise<IteratorResult<T, void>> {
    if (this.pulling !== undefined) return this.pulling.then(() => this.next());
    if (this.at < this.batch.length) return Promise.resolve({ value: this.batch[this.at++]!, done: false });
    if (this.finished) return Promise.resolve(DONE);
    const pull = this.pull();
    this.pulling = pull;
    const clear = (): void => {
      if (this.pulling === pull) this.pulling = undefined;
    };
    pull.then(clear, clear);
    return pull;
  }

  private async pull(): Promise<IteratorResult<T, void>> {
    try {
      for (;;) {
        const result = await this.source.next();
        if (result.done) break;
        this.batch = result.value;
        this.at = 0;
        if (this.batch.length > 0) return { value: this.batch[this.at++]!, done: false };
      }
    } catch (error) {
      this.end();
      throw error;
    }
    this.end();
    return DONE;
  }

  async return(): Promise<IteratorResult<T, void>> {
    await this.pulling?.catch(() => undefined);
    if (!this.finished) {
      this.end();
      await this.source.return(undefined);
    }
    return DONE;
  }

  async throw(error: unknown): Promise<IteratorResult<T, void>> {
    await this.return();
    throw error;
  }

  [Symbol.asyncIterator](): AsyncGenerator<T, void, undefined> {
    return this;
  }

  private end(): void {
    this.finished = true;
    this.batch = [];
    this.at = 0;
  }
}

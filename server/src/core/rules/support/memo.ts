/**
 * What several rules of one check derive from the same model (the located value cells, the clauses of the prose),
 * kept for that check only. A WeakMap keyed by the model did the same, but every such entry is an ephemeron that
 * V8's young-generation collector must trace specially: with one per check, scavenges cost 8× more (bench/RESULTS.md).
 */
export class CheckMemo {
  private readonly values = new Map<MemoKey<unknown>, unknown>();

  get<T>(key: MemoKey<T>, build: () => T): T {
    if (this.values.has(key)) return this.values.get(key) as T;
    const value = build();
    this.values.set(key, value);
    return value;
  }
}

/** A typed key of the memo: one per derived value, made once at module level. */
export interface MemoKey<T> {
  readonly name: string;
  /** Carries T for the type checker only. */
  readonly type?: T;
}

export function memoKey<T>(name: string): MemoKey<T> {
  return { name };
}

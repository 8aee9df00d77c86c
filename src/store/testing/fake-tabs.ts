import type { TabCoordination } from '../../storage/tab-coordination';

/**
 * Web Locks and BroadcastChannel between the tabs of one test: `tab()` is one tab's view. A lock
 * goes to the first claimant, then to waiters in order as it is released or its tab closes.
 */
export class FakeTabs {
  readonly #holders = new Map<string, object>();
  readonly #waiters = new Map<string, { tab: object; onGranted: () => void }[]>();
  readonly #listeners = new Set<{ tab: object; id: string; onWritten: () => void }>();

  tab(): TabCoordination & { close(): void } {
    const tab = {};
    const grantNext = (id: string) => {
      this.#holders.delete(id);
      const next = this.#waiters.get(id)?.shift();
      if (!next) return;
      this.#holders.set(id, next.tab);
      next.onGranted();
    };
    return {
      claim: async (id) => {
        const holder = this.#holders.get(id);
        if (holder && holder !== tab) return false;
        this.#holders.set(id, tab);
        return true;
      },
      waitFor: (id, onGranted) => {
        const waiter = { tab, onGranted };
        this.#waiters.set(id, [...(this.#waiters.get(id) ?? []), waiter]);
        return () =>
          this.#waiters.set(
            id,
            (this.#waiters.get(id) ?? []).filter((w) => w !== waiter),
          );
      },
      release: (id) => {
        if (this.#holders.get(id) === tab) grantNext(id);
      },
      announce: (id) => {
        for (const l of this.#listeners) if (l.tab !== tab && l.id === id) l.onWritten();
      },
      listen: (id, onWritten) => {
        const listener = { tab, id, onWritten };
        this.#listeners.add(listener);
        return () => this.#listeners.delete(listener);
      },
      close: () => {
        for (const [id, holder] of [...this.#holders]) if (holder === tab) grantNext(id);
        for (const l of [...this.#listeners]) if (l.tab === tab) this.#listeners.delete(l);
      },
    };
  }
}

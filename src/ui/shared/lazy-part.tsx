import type { ComponentType, CSSProperties, ReactNode, ReactPromise } from 'react';
import { Suspense, use } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from './ErrorBoundary';
import { PartLoadError } from './part-load-error';

export interface LazyPart<P> {
  /** Renders the part, suspending until its code has arrived; wrap it in `<LazyArea>`. */
  Component: ComponentType<P>;
  /** Starts fetching the code; the promise settles with it (a failed fetch is tried again later). */
  preload(): Promise<unknown>;
}

/** A promise that says how it settled, as React's `use` reads it, so a settled one never suspends. */
type Tracked<T> = Promise<T> & ReactPromise<T>;

/**
 * A component whose code is a chunk of its own, fetched on first render or on `preload()`.
 * Like React.lazy, but a part preloaded before its first render shows at once (no placeholder
 * flash), and a failed fetch is kept, so the error boundary shows it, until "Try again" asks anew.
 */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>): LazyPart<P> {
  let pending: Tracked<ComponentType<P>> | null = null;
  const preload = () => {
    if (pending) return pending;
    const attempt: Tracked<ComponentType<P>> = load().then(
      (component) => Object.assign(attempt, { status: 'fulfilled', value: component }).value,
      (error: unknown) => {
        const failure = new PartLoadError(error, () => {
          if (pending === attempt) pending = null;
        });
        throw Object.assign(attempt, { status: 'rejected', reason: failure }).reason;
      },
    );
    return (pending = attempt);
  };
  function Part(props: P) {
    const Loaded = use(preload());
    // Not made during render: Loaded is the one component the chunk exports, the same every time.
    // eslint-disable-next-line react-hooks/static-components
    return <Loaded {...props} />;
  }
  return { Component: Part, preload };
}

/**
 * Fetches the parts' code once the browser is idle after the first paint, so a part that is not
 * on screen yet has usually arrived before it is wanted. Failures are left for the render to show.
 */
export function preloadWhenIdle(parts: readonly Pick<LazyPart<never>, 'preload'>[]): () => void {
  const run = () => parts.forEach((part) => void part.preload().catch(() => undefined));
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout: 2000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(run, 200);
  return () => clearTimeout(id);
}

/** Stands in for a part while its code loads, taking the same room so nothing below it moves. */
export function PartLoading({ style, label }: { style?: CSSProperties; label?: string }) {
  const { t } = useTranslation('shared');
  return (
    <div className="part-loading" style={style}>
      <span role="status">{label ?? t('loading')}</span>
    </div>
  );
}

/**
 * Where a lazy part renders: its placeholder while the code loads, and if the code cannot be
 * fetched, a message with "Try again" in its place (never a blank area).
 */
export function LazyArea({
  area,
  fallback,
  children,
}: {
  /** What the part is, for the error message ("the search panel"), in the language on screen. */
  area: string;
  fallback: ReactNode;
  children: ReactNode;
}) {
  return (
    <ErrorBoundary area={area}>
      <Suspense fallback={fallback}>{children}</Suspense>
    </ErrorBoundary>
  );
}

import { LazyArea, PartLoading, lazyPart } from '../shared/lazy-part';

const kerasCodePart = lazyPart(() => import('./KerasCode').then((m) => m.KerasCode));

/** The model and its compile options as Python Keras code to copy and run. */
export function KerasCodeView() {
  return (
    <details className="keras">
      <summary>Keras code</summary>
      <LazyArea area="the Keras code" fallback={<PartLoading label="Loading the code…" />}>
        <kerasCodePart.Component />
      </LazyArea>
    </details>
  );
}

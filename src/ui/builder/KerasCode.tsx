import { useMemo, useState } from 'react';
import { specDatasetInfo } from '../../experiment/dataset-info';
import { kerasCode } from '../../experiment/keras-code';
import { useAppState } from '../shared/store-context';

/** The code and its copy button, a chunk of its own: the code generator loads after the first paint. */
export function KerasCode() {
  const spec = useAppState((s) => s.spec);
  const invalid = useAppState((s) => s.specIssues.length > 0);
  const [copied, setCopied] = useState<string | null>(null);
  const code = useMemo(() => {
    const info = specDatasetInfo(spec.dataset);
    try {
      return kerasCode({
        inputShape: info.inputShape,
        layers: spec.model.layers,
        training: spec.training,
        task: info.task,
      });
    } catch {
      // A half-typed number (NaN) has no Python spelling; the field itself shows the problem.
      return null;
    }
  }, [spec]);
  const copy = async () => {
    if (!code) return;
    try {
      await navigator.clipboard.writeText(code);
      setCopied('Copied.');
    } catch {
      setCopied('Copying was not allowed: select the code and copy it.');
    }
  };
  return code ? (
    <>
      <p className="hint">
        Same layers, shapes and parameter counts as here; initial weights and the random data order
        differ, so the numbers will too.
        {invalid &&
          ' This model is not valid yet: fix the problems marked in red before running it.'}
      </p>
      <pre aria-label="Keras code">
        <code>{code}</code>
      </pre>
      <button type="button" onClick={() => void copy()}>
        Copy code
      </button>{' '}
      <span role="status">{copied}</span>
    </>
  ) : (
    <p className="hint">Fix the settings marked in red to see the code.</p>
  );
}

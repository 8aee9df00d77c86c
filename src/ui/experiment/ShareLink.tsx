import { useId, useState } from 'react';
import { encodeSpecToHash } from '../../experiment/share-link';
import { useAppState } from '../shared/store-context';

/** Copies a link that opens this exact experiment; the link is also shown to copy by hand. */
export function ShareLink() {
  const spec = useAppState((s) => s.spec);
  const hasCsv = useAppState((s) => s.spec.dataset.name === 'csv');
  const [link, setLink] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [sharedSpec, setSharedSpec] = useState(spec);
  // A link shown for an older version of the experiment would mislead: hide it after any edit.
  if (sharedSpec !== spec) {
    setSharedSpec(spec);
    setLink(null);
    setMessage(null);
  }
  const id = useId();
  const share = async () => {
    const url = `${window.location.origin}${window.location.pathname}${window.location.search}${encodeSpecToHash(spec)}`;
    setLink(url);
    try {
      await navigator.clipboard.writeText(url);
      setMessage('Link copied.');
    } catch {
      setMessage('Copy the link below.');
    }
  };
  return (
    <div className="share">
      <button type="button" onClick={() => void share()}>
        Share link
      </button>{' '}
      <span role="status">{message}</span>
      {link && (
        <div className="field">
          <label htmlFor={id}>Link to this experiment</label>
          <input id={id} readOnly value={link} onFocus={(e) => e.target.select()} />
          {hasCsv && (
            <small className="hint">
              The CSV file itself is not in the link: whoever opens it uploads the file again.
            </small>
          )}
        </div>
      )}
    </div>
  );
}

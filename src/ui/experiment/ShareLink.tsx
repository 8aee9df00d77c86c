import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { encodeSpecToHash } from '../../experiment/share-link';
import { currentLanguage } from '../i18n/i18n';
import { useAppState } from '../shared/store-context';
import { shareUrl } from './share-url';

/** Copies a link that opens this exact experiment; the link is also shown to copy by hand. */
export function ShareLink() {
  const { t } = useTranslation('experiment');
  const spec = useAppState((s) => s.spec);
  const hasCsv = useAppState((s) => s.spec.dataset.name === 'csv');
  const [link, setLink] = useState<string | null>(null);
  // What the copy did, kept as a key so the note follows the language.
  const [message, setMessage] = useState<'copied' | 'copyBelow' | null>(null);
  const [sharedSpec, setSharedSpec] = useState(spec);
  // A link shown for an older version of the experiment would mislead: hide it after any edit.
  if (sharedSpec !== spec) {
    setSharedSpec(spec);
    setLink(null);
    setMessage(null);
  }
  const id = useId();
  const share = async () => {
    // The link opens in the language it was shared in.
    const url = shareUrl(window.location, encodeSpecToHash(spec), currentLanguage());
    setLink(url);
    try {
      await navigator.clipboard.writeText(url);
      setMessage('copied');
    } catch {
      setMessage('copyBelow');
    }
  };
  return (
    <div className="share">
      <button type="button" onClick={() => void share()}>
        {t('share.button')}
      </button>{' '}
      <span role="status">{message && t(`share.${message}`)}</span>
      {link && (
        <div className="field">
          <label htmlFor={id}>{t('share.linkLabel')}</label>
          <input id={id} readOnly value={link} onFocus={(e) => e.target.select()} />
          {hasCsv && <small className="hint">{t('share.csvNotIncluded')}</small>}
        </div>
      )}
    </div>
  );
}

import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { specDatasetInfo } from '../../experiment/dataset-info';
import { kerasCode } from '../../experiment/keras-code';
import { useAppState } from '../shared/store-context';

/** The code and its copy button, a chunk of its own: the code generator loads after the first paint. */
export function KerasCode() {
  const spec = useAppState((s) => s.spec);
  const invalid = useAppState((s) => s.specIssues.length > 0);
  const { t } = useTranslation('builder');
  // Which note follows the copy button, kept as a key so it follows the language.
  const [copied, setCopied] = useState<'copied' | 'copyRefused' | null>(null);
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
      setCopied('copied');
    } catch {
      setCopied('copyRefused');
    }
  };
  return code ? (
    <>
      <p className="hint">{t(invalid ? 'code.hintInvalid' : 'code.hint')}</p>
      {/* A focusable region: a keyboard can scroll code wider than its card. */}
      <pre tabIndex={0} role="region" aria-label={t('code.heading')}>
        <code>{code}</code>
      </pre>
      <button type="button" onClick={() => void copy()}>
        {t('code.copy')}
      </button>{' '}
      <span role="status">{copied && t(`code.${copied}`)}</span>
    </>
  ) : (
    <p className="hint">{t('code.fixFirst')}</p>
  );
}

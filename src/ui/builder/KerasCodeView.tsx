import { useTranslation } from 'react-i18next';
import { LazyArea, PartLoading, lazyPart } from '../shared/lazy-part';

const kerasCodePart = lazyPart(() => import('./KerasCode').then((m) => m.KerasCode));

/** The model and its compile options as Python Keras code to copy and run. */
export function KerasCodeView() {
  const { t } = useTranslation('builder');
  return (
    <details className="keras">
      <summary>{t('code.heading')}</summary>
      <LazyArea area={t('code.area')} fallback={<PartLoading label={t('code.loading')} />}>
        <kerasCodePart.Component />
      </LazyArea>
    </details>
  );
}

import type { Ref } from 'react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { GlossaryList } from '../shared/Term';

/** Every term of the lessons in one dialog, opened from the Lessons menu. */
export function GlossaryDialog({ ref }: { ref: Ref<HTMLDialogElement> }) {
  const { t } = useTranslation('lessons');
  const heading = useId();
  return (
    <dialog ref={ref} className="glossary-dialog" aria-labelledby={heading}>
      <form method="dialog">
        <div className="dialog-head">
          <h2 id={heading}>{t('glossaryDialog.heading')}</h2>
          <button type="submit">{t('glossaryDialog.close')}</button>
        </div>
        <GlossaryList />
      </form>
    </dialog>
  );
}

import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LazyArea, PartLoading, lazyPart } from '../shared/lazy-part';
import { useAppState } from '../shared/store-context';

/** The form loads when the page is idle or the dialog first opens, not with the page. */
export const classLinkForm = lazyPart(() => import('./ClassLinkForm').then((m) => m.ClassLinkForm));

/**
 * "Class link": a button in the header and the dialog it opens, where the teacher writes a link
 * for the class (ClassLinkForm).
 */
export function ClassLinkDialog() {
  const { t } = useTranslation('lessons');
  const dialog = useRef<HTMLDialogElement>(null);
  const lesson = useAppState((s) => s.lesson);
  const presenting = useAppState((s) => s.presenting);
  // The form exists only while the dialog is open: its checkboxes share names with the page's fields.
  const [isOpen, setOpen] = useState(false);
  const headingId = useId();
  const open = () => {
    setOpen(true);
    dialog.current?.showModal();
  };
  return (
    <>
      <button type="button" className="top-button" onClick={open}>
        {t('classLink.open')}
      </button>
      <dialog
        ref={dialog}
        className="class-link"
        aria-labelledby={headingId}
        onClose={() => setOpen(false)}
      >
        {isOpen && (
          <LazyArea
            area={t('classLink.area')}
            fallback={<PartLoading label={t('classLink.loading')} />}
          >
            <classLinkForm.Component
              headingId={headingId}
              lesson={lesson}
              presenting={presenting}
            />
          </LazyArea>
        )}
      </dialog>
    </>
  );
}

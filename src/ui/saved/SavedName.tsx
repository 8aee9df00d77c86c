import type { ReactNode } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RenameForm } from './RenameForm';

/**
 * A saved item's name, renamed in place: the row header shows the title (and `notes` after it)
 * or, once Rename is pressed, the form; Rename and Delete are the row's own buttons.
 */
export function useSavedName(title: string, name: string, rename: (name: string) => void) {
  const { t } = useTranslation('saved');
  const [draft, setDraft] = useState<string | null>(null);
  const header = (notes?: ReactNode) => (
    <th scope="row">
      {draft === null ? (
        <>
          {title}
          {notes}
        </>
      ) : (
        <RenameForm
          title={title}
          initial={draft}
          onRename={(next) => {
            rename(next);
            setDraft(null);
          }}
          onCancel={() => setDraft(null)}
        />
      )}
    </th>
  );
  const renameButton = (
    <button
      type="button"
      onClick={() => setDraft(name || title)}
      aria-label={t('actions.renameItem', { title })}
    >
      {t('actions.rename')}
    </button>
  );
  return { header, renameButton };
}

/** Delete, named by what it deletes; disabled while the item is still being written. */
export function DeleteButton({
  title,
  disabled,
  onDelete,
}: {
  title: string;
  disabled: boolean;
  onDelete(): void;
}) {
  const { t } = useTranslation('saved');
  return (
    <button
      type="button"
      disabled={disabled}
      onClick={onDelete}
      aria-label={t('actions.deleteItem', { title })}
    >
      {t('actions.delete')}
    </button>
  );
}

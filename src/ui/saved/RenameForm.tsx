import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface RenameFormProps {
  /** What the thing is called now, as shown (its name or its default title). */
  title: string;
  initial: string;
  onRename(name: string): void;
  onCancel(): void;
}

/** A name edited in place: Enter or Save keeps it, Escape leaves it as it was. */
export function RenameForm({ title, initial, onRename, onCancel }: RenameFormProps) {
  const { t } = useTranslation('saved');
  const [draft, setDraft] = useState(initial);
  return (
    <form
      className="rename"
      onSubmit={(event) => {
        event.preventDefault();
        onRename(draft);
      }}
    >
      <input
        aria-label={t('actions.newName', { title })}
        value={draft}
        maxLength={80}
        autoFocus
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') onCancel();
        }}
      />
      <button type="submit">{t('actions.save')}</button>
    </form>
  );
}

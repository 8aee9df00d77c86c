import { useTranslation } from 'react-i18next';
import type { SavedSummary } from '../../store/saved-slice';
import { useAppState } from '../shared/store-context';
import { DeleteButton, useSavedName } from './SavedName';

interface SavedSearchRowProps {
  study: SavedSummary;
  title: string;
  details: string;
  best: string;
  /** The search view shows this study. */
  shown: boolean;
  /** A search or a run trains: nothing else can be opened, and the one shown is not deleted. */
  locked: boolean;
  /** It is one of the strategies of the race running now. */
  racing: boolean;
  onExport(kind: 'json' | 'csv'): void;
}

/** One saved search: its name (renamed in place), what it searched, and what can be done with it. */
export function SavedSearchRow({
  study,
  title,
  details,
  best,
  shown,
  locked,
  racing,
  onExport,
}: SavedSearchRowProps) {
  const { t } = useTranslation('saved');
  const open = useAppState((s) => s.openSavedSearch);
  const rename = useAppState((s) => s.renameSaved);
  const remove = useAppState((s) => s.deleteSaved);
  const { header, renameButton } = useSavedName(title, study.name, (name) => {
    void rename(study.id, name);
  });
  // While its search trains, the shown study is being written: it stays.
  const live = (shown && locked) || racing;
  const state = live ? t('searches.live') : t(`searches.states.${study.status}`);
  return (
    <tr className={shown ? 'shown' : undefined}>
      {header(
        <>
          {shown && <small className="saved-shown"> {t('searches.shownInSearch')}</small>}
          {racing && <small className="saved-shown"> {t('searches.inRace')}</small>}
        </>,
      )}
      <td>{details}</td>
      <td className="number">{study.trialCount}</td>
      <td className="number">{best}</td>
      <td className="nowrap">{state}</td>
      <td>
        <div className="row-actions">
          <button
            type="button"
            disabled={locked || shown}
            onClick={() => void open(study.id)}
            aria-label={t('searches.openItem', { title })}
          >
            {t('actions.open')}
          </button>
          {renameButton}
          <button
            type="button"
            onClick={() => onExport('json')}
            aria-label={t('searches.exportJson', { title })}
          >
            JSON
          </button>
          <button
            type="button"
            onClick={() => onExport('csv')}
            aria-label={t('searches.exportCsv', { title })}
          >
            CSV
          </button>
          <DeleteButton title={title} disabled={live} onDelete={() => void remove(study.id)} />
        </div>
      </td>
    </tr>
  );
}

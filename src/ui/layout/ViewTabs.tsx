import type { KeyboardEvent } from 'react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppView } from '../../store/classroom-slice';
import { APP_VIEWS } from '../../store/classroom-slice';
import { tabKeyTarget } from '../shared/Tabs';
import { useHidden } from '../shared/use-hidden';
import { useAppState } from '../shared/store-context';

export const VIEW_PANEL_ID = 'view-panel';
export const viewTabId = (view: AppView) => `view-tab-${view}`;

/** The app's views as WAI-ARIA tabs: arrow keys, Home and End move between them. */
export function ViewTabs() {
  const { t } = useTranslation('layout');
  const view = useAppState((s) => s.view);
  const setView = useAppState((s) => s.setView);
  const hideSearch = useHidden('search');
  const hideHistory = useHidden('history');
  const list = useRef<HTMLDivElement>(null);
  const views = APP_VIEWS.filter(
    (v) => !(v === 'search' && hideSearch) && !(v === 'history' && hideHistory),
  );
  if (views.length < 2) return null;
  const move = (event: KeyboardEvent, index: number) => {
    const next = tabKeyTarget(event.key, index, views.length);
    if (next === null) return;
    event.preventDefault();
    setView(views[next] as AppView);
    list.current?.querySelectorAll<HTMLButtonElement>('[role="tab"]')[next]?.focus();
  };
  return (
    <div role="tablist" aria-label={t('views.label')} className="view-tabs" ref={list}>
      {views.map((v, index) => (
        <button
          key={v}
          type="button"
          role="tab"
          id={viewTabId(v)}
          aria-selected={v === view}
          aria-controls={VIEW_PANEL_ID}
          tabIndex={v === view ? 0 : -1}
          onClick={() => setView(v)}
          onKeyDown={(event) => move(event, index)}
        >
          {t(`views.${v}`)}
        </button>
      ))}
    </div>
  );
}

// The strategy race's sentences, in the language on screen (its component re-renders on a change).
import { currentLanguage, i18n } from '../i18n/i18n';
import { formatSeconds } from '../shared/format';
import { trialName } from './search-view';

/** "trial 3, the 2nd to finish (4.2 s)": where a strategy found its best value. */
export function foundAt(best: { number: number; count: number; seconds: number | null }): string {
  const trial = trialName(best.number);
  const time = best.seconds === null ? null : formatSeconds(best.seconds * 1000);
  if (best.count === 1)
    return time === null
      ? i18n.t('search:race.found.first', { trial })
      : i18n.t('search:race.found.firstTime', { trial, time });
  // "2nd", "3rd", "11th" by the language's ordinal rules.
  const rule = new Intl.PluralRules(currentLanguage(), { type: 'ordinal' }).select(best.count);
  const ordinal = i18n.t(`search:race.ordinals.${rule}`, { n: best.count });
  return time === null
    ? i18n.t('search:race.found.nth', { trial, ordinal })
    : i18n.t('search:race.found.nthTime', { trial, ordinal, time });
}

/** Where the race stands, for its status line. */
export function raceSentence(status: string, progress: readonly { points: unknown[] }[]): string {
  const done = progress.reduce((sum, p) => sum + p.points.length, 0);
  const trials = i18n.t('search:trials', { count: done });
  switch (status) {
    case 'running':
      return i18n.t('search:race.sentences.running', { trials });
    case 'paused':
      return i18n.t('search:race.sentences.paused', { trials });
    case 'stopping':
      return i18n.t('search:race.sentences.stopping');
    case 'finished':
      return progress.length > 0 ? i18n.t('search:race.sentences.finished', { trials }) : '';
    default:
      return i18n.t('search:race.sentences.idle');
  }
}

import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Task } from '../../data/types';
import type { PreparedData } from '../../experiment/prepare';
import type { LivePredictions } from '../../store/run-events';
import { ConfusionMatrix } from './ConfusionMatrix';
import { DecisionBoundary } from './DecisionBoundary';
import { MisclassifiedDigits } from './MisclassifiedDigits';
import { LazyArea, PartLoading, lazyPart } from '../shared/lazy-part';

/** Drawn with recharts, which loads after the first paint; the app preloads it when idle. */
export const fittedCurve = lazyPart(() => import('./FittedCurve').then((m) => m.FittedCurve));

interface PredictionsPanelProps {
  /**
   * The main picture (the boundary or the fitted curve, which sit above the loss chart), or the
   * tables that follow the charts (confusion matrix, misclassified digits). A set with no main
   * picture (MNIST, Iris) shows its tables as the main part.
   */
  part: 'main' | 'tables';
  predictions: LivePredictions;
  /** The data the predictions were made for; the grid and the curve need it to draw the points. */
  data: PreparedData | null;
  running: boolean;
}

/** What the model currently predicts, in whichever views suit the data, updated as it trains. */
export function PredictionsPanel({ part, predictions, data, running }: PredictionsPanelProps) {
  const { t } = useTranslation('results');
  const headingId = useId();
  const grid = data ? predictions.grid : undefined;
  const curve = data ? predictions.curve : undefined;
  const hasPicture = Boolean(grid ?? curve);
  const tablesHere = part === 'tables' ? hasPicture : !hasPicture;
  const confusion = tablesHere ? predictions.confusion : undefined;
  const misclassified = tablesHere ? predictions.misclassified : undefined;
  const picture = part === 'main';
  if (part === 'tables' && !confusion && !misclassified) return null;
  const shown = (picture ? (grid ?? curve) : undefined) ?? confusion ?? misclassified;
  const task: Task | null = data ? data.info.task : null;
  const text = [
    picture && grid && task ? t(`predictions.grid.${task}`) : null,
    picture && curve ? t('predictions.curve') : null,
    confusion ? t('predictions.confusion') : null,
  ].filter((line) => line !== null);

  return (
    <section className="predictions" aria-labelledby={headingId}>
      <h3 id={headingId}>{t(part === 'main' ? 'predictions.main' : 'predictions.tables')}</h3>
      {!shown ? (
        <p className="empty-hint">{t(running ? 'predictions.waiting' : 'predictions.idle')}</p>
      ) : (
        <>
          <div className="predictions-views">
            {picture && grid && data && <DecisionBoundary grid={grid} data={data} />}
            {picture && curve && data && (
              <LazyArea
                area={t('curve.area')}
                fallback={
                  <PartLoading
                    style={{ height: 240, flex: '1 1 320px' }}
                    label={t('curve.loading')}
                  />
                }
              >
                <fittedCurve.Component curve={curve} data={data} />
              </LazyArea>
            )}
            {confusion && <ConfusionMatrix confusion={confusion} />}
          </div>
          {misclassified && (
            <MisclassifiedDigits
              misclassified={misclassified}
              classNames={data?.info.classNames ?? confusion?.classNames}
            />
          )}
          {text.length > 0 && (
            <details className="how-to-read">
              <summary>{t('predictions.howToRead')}</summary>
              <p className="panel-text">{text.join(' ')}</p>
            </details>
          )}
        </>
      )}
    </section>
  );
}

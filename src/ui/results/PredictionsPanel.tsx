import { useId } from 'react';
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

const GRID_TEXT: Record<Task, string> = {
  binary:
    'The background is what the model predicts at each spot: orange for class 0, blue for class 1, white where it is unsure. Dots are training points, diamonds validation points.',
  multiclass:
    'Each region takes the colour of the class the model would pick there, paler where it is less sure. Dots are training points, diamonds validation points.',
  regression:
    'The background is the value the model predicts at each spot: orange low, blue high. Points show the true values, so where the fit is good they blend in.',
};
const CURVE_TEXT =
  'The line is what the model predicts for each x; blue dots are the points it trains on, orange diamonds the ones it is checked on.';
const CONFUSION_TEXT =
  'In the table, rows are the true class and columns the model’s answer: the diagonal counts the right answers.';

/** What the model currently predicts, in whichever views suit the data, updated as it trains. */
export function PredictionsPanel({ part, predictions, data, running }: PredictionsPanelProps) {
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
  const text = [
    picture && grid && data ? GRID_TEXT[data.info.task] : null,
    picture && curve ? CURVE_TEXT : null,
    confusion ? CONFUSION_TEXT : null,
  ].filter((line) => line !== null);

  return (
    <section className="predictions" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {part === 'main' ? 'What the model predicts' : 'Its answers on the validation data'}
      </h3>
      {!shown ? (
        <p className="empty-hint">
          {running
            ? 'The model’s predictions appear here after its first epoch.'
            : 'Train the model to see what it predicts.'}
        </p>
      ) : (
        <>
          <div className="predictions-views">
            {picture && grid && data && <DecisionBoundary grid={grid} data={data} />}
            {picture && curve && data && (
              <LazyArea
                area="the fitted curve"
                fallback={
                  <PartLoading
                    style={{ height: 240, flex: '1 1 320px' }}
                    label="Loading the fitted curve…"
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
              <summary>How to read it</summary>
              <p className="panel-text">{text.join(' ')}</p>
            </details>
          )}
        </>
      )}
    </section>
  );
}

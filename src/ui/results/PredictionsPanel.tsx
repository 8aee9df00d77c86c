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
export function PredictionsPanel({ predictions, data, running }: PredictionsPanelProps) {
  const headingId = useId();
  const grid = data ? predictions.grid : undefined;
  const curve = data ? predictions.curve : undefined;
  const { confusion, misclassified } = predictions;
  const shown = grid ?? curve ?? confusion ?? misclassified;
  const text = [
    grid && data ? GRID_TEXT[data.info.task] : null,
    curve ? CURVE_TEXT : null,
    confusion ? CONFUSION_TEXT : null,
  ].filter((line) => line !== null);

  return (
    <section className="predictions" aria-labelledby={headingId}>
      <h3 id={headingId}>What the model predicts</h3>
      {!shown ? (
        <p className="empty-hint">
          {running
            ? 'The model’s predictions appear here after its first epoch.'
            : 'Train the model to see what it predicts.'}
        </p>
      ) : (
        <>
          {text.length > 0 && <p className="panel-text">{text.join(' ')}</p>}
          <div className="predictions-views">
            {grid && data && <DecisionBoundary grid={grid} data={data} />}
            {curve && data && (
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
        </>
      )}
    </section>
  );
}

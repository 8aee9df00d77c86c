import type * as tf from '@tensorflow/tfjs';
import type { PreparedData } from '../../experiment/prepare';
import { computePredictions, predictionKinds, transferablesOf } from './predictions';
import type { WorkerReply } from '../client/protocol';

/** At most this often during training; the first epoch and the final model are always drawn. */
const LIVE_INTERVAL_MS = 300;

type Post = (reply: WorkerReply, transfer: Transferable[]) => void;

/**
 * Sends what the model predicts while it trains (the grid or curve and the hidden units, throttled
 * to every LIVE_INTERVAL_MS) and, at the end, everything that applies (confusion matrix, wrong
 * digits, the explanations). `seed` is the spec's training seed.
 */
export function livePredictor(data: PreparedData, post: Post, runId: number, seed: number) {
  const kinds = predictionKinds(data.info, data.info.name);
  const live = kinds.filter(
    (kind) => kind === 'grid' || kind === 'curve' || kind === 'hidden-units',
  );
  let last = -Infinity;
  let lastEpoch = 0;
  /** The epoch the live charts last showed. */
  let drawnEpoch = 0;
  const send = async (model: tf.Sequential, which: typeof kinds, epoch: number) => {
    for (const predictions of await computePredictions(model, data, which, epoch, seed))
      post({ type: 'predictions', runId, predictions }, transferablesOf(predictions));
  };
  const drawLive = async (model: tf.Sequential, epoch: number) => {
    last = performance.now();
    drawnEpoch = epoch;
    await send(model, live, epoch);
  };
  return {
    /** `everyEpoch`: draw this epoch whatever the throttle says (a paced run draws each one). */
    async afterEpoch(model: tf.Sequential, epoch: number, everyEpoch = false): Promise<void> {
      lastEpoch = epoch;
      if (live.length === 0) return;
      if (!everyEpoch && performance.now() - last < LIVE_INTERVAL_MS) return;
      await drawLive(model, epoch);
    },
    /** Draws `epoch` unless the charts show it already: where a run pauses, they are current. */
    async catchUp(model: tf.Sequential, epoch: number): Promise<void> {
      if (live.length > 0 && drawnEpoch !== epoch) await drawLive(model, epoch);
    },
    /** The final model may carry restored best weights: draw it once more, with everything. */
    async final(model: tf.Sequential): Promise<void> {
      if (kinds.length > 0) await send(model, kinds, lastEpoch);
    },
  };
}

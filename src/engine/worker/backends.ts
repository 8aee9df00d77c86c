import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-webgpu';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import wasmPlain from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreaded from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';
import type { Message } from '../../lib/message';
import { engineMessage, textMessage } from '../client/engine-messages';
import type { BackendChoice, BackendName, BackendReport } from '../client/protocol';
import { BACKEND_NAMES } from '../client/protocol';

// The wasm binaries are bundled by Vite and served with the app: nothing is fetched from a CDN.
setWasmPaths({
  'tfjs-backend-wasm.wasm': wasmPlain,
  'tfjs-backend-wasm-simd.wasm': wasmSimd,
  'tfjs-backend-wasm-threaded-simd.wasm': wasmThreaded,
});

/**
 * Starts the requested backend, or for "auto" the first of webgpu → webgl → wasm → cpu that starts.
 * Every failure is recorded with its reason so the UI can show it: nothing is swapped silently.
 */
export async function startBackend(requested: BackendChoice): Promise<BackendReport> {
  const candidates: readonly BackendName[] = requested === 'auto' ? BACKEND_NAMES : [requested];
  const attempts: BackendReport['attempts'] = [];
  for (const backend of candidates) {
    const reason = await whyBackendFails(backend);
    attempts.push({ backend, ok: reason === null, reason });
    if (reason === null) return { requested, active: backend, attempts };
  }
  return { requested, active: null, attempts };
}

/** Null when the backend is running, else a sentence saying why it is not. */
async function whyBackendFails(backend: BackendName): Promise<Message | null> {
  try {
    if (backend === 'webgpu') {
      const gpu = (navigator as { gpu?: { requestAdapter(): Promise<unknown> } }).gpu;
      if (!gpu) return engineMessage('no-webgpu');
      if (!(await gpu.requestAdapter())) return engineMessage('no-gpu-adapter');
    }
    // setBackend resolves false instead of throwing when initialisation fails.
    if (!(await tf.setBackend(backend))) return engineMessage('backend-init-failed', { backend });
    await tf.ready();
    const running = tf.getBackend();
    if (running !== backend) return engineMessage('backend-mismatch', { backend, running });
    return null;
  } catch (error) {
    return textMessage(error instanceof Error ? error.message : String(error));
  }
}

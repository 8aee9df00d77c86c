import type { UnpackedMnist } from '../data/mnist-format';
import { unpackMnist } from '../data/mnist-format';
import { MessageError } from '../engine/client/engine-messages';
import { storeMessage } from './store-messages';

const GZIP_MAGIC = [0x1f, 0x8b];
/** A download that has not finished by then is abandoned, so the panel can offer to try again. */
const TIMEOUT_MS = 120_000;

/**
 * Downloads the MNIST asset served with the app (never a third-party host), reporting progress,
 * and inflates it unless the server already did (some hosts send .gz files with Content-Encoding).
 */
export async function loadMnistAsset(
  url: string,
  onProgress: (fraction: number) => void,
  fetchImpl: typeof fetch = fetch,
): Promise<UnpackedMnist> {
  let response: Response;
  try {
    response = await fetchImpl(url, { signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch (error) {
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
    throw new MessageError(
      timedOut
        ? storeMessage('mnist-timeout', { seconds: TIMEOUT_MS / 1000 })
        : storeMessage('mnist-fetch-failed', {
            detail: error instanceof Error ? error.message : String(error),
          }),
      { cause: error },
    );
  }
  if (!response.ok || !response.body) {
    throw new MessageError(storeMessage('mnist-http', { status: response.status, url }));
  }
  const total = Number(response.headers.get('Content-Length')) || 0;
  const chunks: Uint8Array[] = [];
  let received = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.length;
    if (total > 0) onProgress(Math.min(1, received / total));
  }
  const bytes = new Uint8Array(received);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  onProgress(1);
  const gzipped = bytes[0] === GZIP_MAGIC[0] && bytes[1] === GZIP_MAGIC[1];
  return unpackMnist(gzipped ? await gunzip(bytes) : bytes);
}

async function gunzip(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart])
    .stream()
    .pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

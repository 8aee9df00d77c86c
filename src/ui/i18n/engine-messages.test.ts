import { afterEach, describe, expect, it } from 'vitest';
import { engineMessage, textMessage } from '../../engine/client/engine-messages';
import type { Message } from '../../lib/message';
import { message } from '../../lib/message';
import { storeMessage } from '../../store/store-messages';
import { i18n } from './i18n';
import { messageText } from './message-text';

afterEach(async () => {
  await i18n.changeLanguage('en');
});

const outOfMemory = engineMessage('training-failed', {
  reason: engineMessage('out-of-memory', { detail: 'OOM when allocating tensor' }),
});

describe('the engine’s and the store’s messages', () => {
  // The English reads as it did when the engine wrote it (end-to-end tests match it).
  it.each<[Message, string]>([
    [
      engineMessage('diverged', { epoch: 3 }),
      'Training diverged at epoch 3: the loss is no longer a finite number. Try a smaller learning rate.',
    ],
    [
      outOfMemory,
      'Training failed: the device ran out of memory (OOM when allocating tensor). Try a smaller model or batch size.',
    ],
    [
      engineMessage('no-backend', {
        attempts: engineMessage('attempts', {
          first: engineMessage('attempt', {
            backend: 'webgpu',
            reason: engineMessage('no-webgpu'),
          }),
          rest: engineMessage('attempt', {
            backend: 'webgl',
            reason: engineMessage('backend-init-failed', { backend: 'webgl' }),
          }),
        }),
      }),
      'No TensorFlow.js backend could start. webgpu: This browser does not offer WebGPU (navigator.gpu is missing). webgl: TensorFlow.js could not initialise the webgl backend.',
    ],
    [
      engineMessage('incompatible-backend', { reason: engineMessage('wasm-conv2d') }),
      'The WebAssembly backend of TensorFlow.js cannot train Conv2D layers (it has no Conv2DBackpropFilter kernel). Choose CPU, WebGL or WebGPU, or Auto.',
    ],
    [
      engineMessage('training-worker-crashed', { detail: engineMessage('worker-load-failed') }),
      'The training worker stopped unexpectedly: it could not load or hit an internal error.',
    ],
    [
      storeMessage('crashed-twice', {
        reason: engineMessage('training-worker-hung', { seconds: 120 }),
      }),
      'Its worker crashed twice: The training worker sent nothing for 120 s, so it was stopped and replaced.',
    ],
    [
      engineMessage('request-unreadable', {
        what: engineMessage('what-type', { type: 'launch' }),
        detail: engineMessage('invalid'),
      }),
      'The training worker got a message it does not understand (type "launch"): invalid.',
    ],
    [
      storeMessage('sampler-failed', {
        reason: engineMessage('search-worker-crashed', { detail: 'out of memory' }),
      }),
      'The sampler failed, so the search stopped: The search worker stopped unexpectedly: out of memory.',
    ],
    [
      storeMessage('mnist-http', { status: 404, url: '/data/mnist.bin' }),
      'The MNIST file could not be loaded (HTTP 404 for /data/mnist.bin).',
    ],
    [message('messages:study.objective-nan'), 'The objective value is NaN'],
  ])('says %j in English as before', (shown, english) => {
    expect(messageText(shown)).toBe(english);
  });

  it('words a nested failure in Chinese, the exception’s own text kept as it is', async () => {
    await i18n.changeLanguage('zh-CN');
    expect(messageText(outOfMemory)).toBe(
      '训练失败：设备内存不足（OOM when allocating tensor）。试试更小的模型或批量大小。',
    );
    expect(
      messageText(
        storeMessage('crashed-once', {
          reason: engineMessage('training-worker-crashed', { detail: 'boom' }),
        }),
      ),
    ).toBe('它的后台线程崩溃了一次：训练后台线程意外停止：boom。');
    expect(messageText(engineMessage('diverged', { epoch: 7 }))).toBe(
      '训练在第 7 轮发散：损失已不再是有限的数值。试试更小的学习率。',
    );
  });

  it('shows text saved before messages had codes as it is, in either language', async () => {
    const saved = textMessage('Interrupted: the page was closed or reloaded while it trained');
    expect(messageText(saved)).toBe(
      'Interrupted: the page was closed or reloaded while it trained',
    );
    await i18n.changeLanguage('zh-CN');
    expect(messageText(saved)).toBe(
      'Interrupted: the page was closed or reloaded while it trained',
    );
    // Text with braces or markup is not read as a template.
    expect(messageText(textMessage('{{epoch}} <b>x</b>'))).toBe('{{epoch}} <b>x</b>');
  });
});

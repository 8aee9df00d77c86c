import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { MNIST_ASSET_PATH, packMnist } from './src/data/mnist-format.ts';
import { readMnistPackage } from './src/data/mnist-package.ts';

/** Packs the MNIST subset at build time and serves it in dev, so it is neither committed nor downloaded. */
function mnistAsset(): Plugin {
  let gzipped: Buffer | undefined;
  const asset = (): Buffer => (gzipped ??= gzipSync(packMnist(readMnistPackage()), { level: 6 }));
  return {
    name: 'traintab-mnist-asset',
    configureServer(server) {
      server.middlewares.use(`${server.config.base}${MNIST_ASSET_PATH}`, (_req, res) => {
        const bytes = asset();
        // No Content-Encoding: the app inflates the file itself with DecompressionStream.
        res.setHeader('Content-Type', 'application/octet-stream');
        res.setHeader('Content-Length', bytes.length);
        res.end(bytes);
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: MNIST_ASSET_PATH, source: asset() });
    },
  };
}

export default defineConfig({
  plugins: [react(), mnistAsset()],
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 4096 },
  preview: { port: 4173, strictPort: true },
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts'],
    // i18next with both languages' words, English on, for everything that renders text.
    setupFiles: ['src/ui/i18n/testing/setup.ts'],
    testTimeout: 30_000,
  },
});

import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { CSP_DIRECTIVES, CSP_HEADER_ONLY, cspText } from './src/app/content-security-policy.ts';
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

/** The content security policy as a meta tag, in the build only: the dev server injects inline scripts. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'traintab-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: cspText(CSP_DIRECTIVES) },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  // Relative URLs: the build runs from any static host and any sub-path.
  base: './',
  plugins: [
    react(),
    mnistAsset(),
    contentSecurityPolicy(),
    VitePWA({
      // A new version waits for the user's "Reload": never swapped in under a running search.
      registerType: 'prompt',
      // Registered by the app once it has painted, with workbox-window (ui/shared/use-service-worker.ts).
      injectRegister: false,
      includeAssets: ['favicon.svg'],
      manifest: {
        name: 'TrainTab',
        short_name: 'TrainTab',
        description: 'Build a neural network, train it in your browser, and watch it learn.',
        lang: 'en',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#f8fafc',
        theme_color: '#1e3a8a',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          {
            src: 'icon-maskable-192.png',
            sizes: '192x192',
            type: 'image/png',
            purpose: 'maskable',
          },
          {
            src: 'icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
          { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        // The shell, every chunk (workers and languages included), the wasm binaries and MNIST;
        // the manifest, its icons and the favicon are added by the plugin.
        globPatterns: ['**/*.{html,js,css,wasm}', MNIST_ASSET_PATH],
        maximumFileSizeToCacheInBytes: 32 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // The first version takes the open page at once, so that page can later be handed a new one.
        clientsClaim: true,
      },
    }),
  ],
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 4096 },
  preview: {
    port: 4173,
    strictPort: true,
    headers: { 'Content-Security-Policy': cspText({ ...CSP_DIRECTIVES, ...CSP_HEADER_ONLY }) },
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts'],
    // i18next with both languages' words, English on, for everything that renders text.
    setupFiles: ['src/ui/i18n/testing/setup.ts'],
    testTimeout: 30_000,
  },
});

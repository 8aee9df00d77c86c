import type { Page } from '@playwright/test';
import LZString from 'lz-string';
import type { ExperimentSpec } from '../src/experiment/experiment';

type Link = { v: number; spec: ExperimentSpec };

/**
 * Opens the app with the default experiment changed by `change`. The app writes its spec into the
 * address as a share link once the spec is edited (here: epochs set to 1), which is decoded here,
 * changed and opened, as a shared link would be. `root` is where the app is served (the test
 * server's root unless given).
 */
export async function openWith(
  page: Page,
  query: string,
  change: (spec: ExperimentSpec) => ExperimentSpec,
  root = '/',
): Promise<void> {
  await page.goto(`${root}${query}`);
  await page.getByRole('spinbutton', { name: 'Epochs', exact: true }).fill('1');
  await page.waitForFunction(() => window.location.hash.startsWith('#e='));
  const hash = await page.evaluate(() => window.location.hash);
  const link = JSON.parse(
    LZString.decompressFromEncodedURIComponent(hash.slice('#e='.length)) ?? 'null',
  ) as Link;
  const changed: Link = { v: link.v, spec: change(link.spec) };
  const encoded = LZString.compressToEncodedURIComponent(JSON.stringify(changed));
  await page.goto(`${root}${query}#e=${encoded}`);
  await page.reload();
}

/** The spec with some training settings changed. */
export const training =
  (change: Partial<ExperimentSpec['training']>) =>
  (spec: ExperimentSpec): ExperimentSpec => ({
    ...spec,
    training: { ...spec.training, ...change },
  });

/** A random search of `maxTrials` one-at-a-time trials of `epochs` epochs over the learning rate. */
export const quickSearch =
  (maxTrials: number, epochs = 5) =>
  (spec: ExperimentSpec): ExperimentSpec => ({
    ...spec,
    training: { ...spec.training, epochs },
    search: {
      ...spec.search,
      strategy: 'random',
      maxTrials,
      concurrency: 1,
      params: [
        {
          target: 'training.learningRate',
          distribution: { type: 'float', low: 0.003, high: 0.3, log: true },
          gridPoints: 3,
          condition: null,
        },
      ],
    },
  });

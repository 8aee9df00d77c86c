import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const status = (page: Page) => page.getByRole('status', { name: 'Training status' });
const explanations = (page: Page) => page.getByRole('region', { name: 'What the model looks at' });

async function train(page: Page, epochs: number) {
  await page.getByRole('spinbutton', { name: 'Epochs', exact: true }).fill(String(epochs));
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(status(page)).toContainText(`Finished ${epochs} epoch`, { timeout: 90_000 });
}

/** The share of a canvas' pixels that are not white. */
const coloured = (page: Page, name: RegExp | string) =>
  page
    .getByRole('img', { name })
    .first()
    .evaluate((canvas: HTMLCanvasElement) => {
      const { data } = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height) ?? {
        data: [],
      };
      let painted = 0;
      for (let i = 0; i < data.length; i += 4) if ((data[i + 1] ?? 255) < 245) painted++;
      return painted / (data.length / 4);
    });

test('on Iris the petal measurements come out on top of the permutation importance', async ({
  page,
}) => {
  await page.goto('/?backend=cpu');
  await page.getByRole('radio', { name: 'Iris' }).click();
  await train(page, 60);
  const chart = explanations(page).getByRole('img', { name: /^Permutation importance/ });
  // The label lists the features from most to least important.
  const label = (await chart.getAttribute('aria-label')) ?? '';
  const order = [...label.matchAll(/(\w+_\w+) -?[\d.]+ pts/g)].map((m) => m[1]);
  expect(order).toHaveLength(4);
  expect(order.slice(0, 2).sort()).toEqual(['petal_length', 'petal_width']);
  await expect(explanations(page)).toContainText('5 shuffles each');
});

test('a 2-D run draws its hidden units beside their layers, live, and its features’ importance', async ({
  page,
}) => {
  await page.goto('/?backend=cpu');
  await train(page, 30);
  const layer = page.getByRole('listitem', { name: /^1\. Dense/ });
  await expect(layer.getByRole('img', { name: /^Output of unit \d of layer 1/ })).toHaveCount(8);
  expect(await coloured(page, 'Output of unit 1 of layer 1 over the plane')).toBeGreaterThan(0.2);
  await expect(
    explanations(page).getByRole('img', { name: /^Permutation importance/ }),
  ).toHaveAttribute('aria-label', /x [\d.]+ pts.*y [\d.]+ pts|y [\d.]+ pts.*x [\d.]+ pts/);
  // An edited model is not the one that trained: its pictures go.
  await page.getByRole('button', { name: 'Delete layer 2, Dense(8, relu)' }).click();
  await expect(page.getByRole('img', { name: /^Output of unit/ })).toHaveCount(0);
});

test('an MNIST saliency map and integrated gradients explain a chosen validation digit', async ({
  page,
}) => {
  await page.goto('/?backend=cpu');
  await page.getByRole('radio', { name: 'MNIST digits' }).click();
  await expect(page.getByRole('figure', { name: 'MNIST digits dataset preview' })).toBeVisible({
    timeout: 60_000,
  });
  await page.getByLabel('Images').fill('300');
  await train(page, 3);
  const region = explanations(page);
  const digits = region
    .getByRole('radiogroup', { name: /Pick a validation digit/ })
    .getByRole('radio');
  await expect(digits).toHaveCount(16);
  await expect(digits.first()).toHaveAttribute('aria-checked', 'true');
  expect(await coloured(page, /^Saliency map for class/)).toBeGreaterThan(0.05);
  expect(await coloured(page, /^Integrated gradients for class/)).toBeGreaterThan(0.02);
  await expect(region).toContainText(
    /The attributions add up to -?[\d.]+; the score \(logit\) rose by -?[\d.]+/,
  );
  const before = await region.getByText(/that the model reads as/).textContent();
  await digits.nth(9).click();
  await expect(digits.nth(9)).toHaveAttribute('aria-checked', 'true');
  await expect(region.getByText(/that the model reads as/)).not.toHaveText(before ?? '');
});

import { expect, test } from './fixtures';
import { openView } from './views';

test('the charts and the search arrive after the first paint, and Keras code when opened', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Model', exact: true })).toBeVisible();
  // The x-axis's title is drawn by recharts, which is not in the page's first chunk.
  const loss = page.getByRole('figure', { name: 'Loss per epoch' });
  await expect(loss.getByText('epoch', { exact: true })).toBeVisible();
  await page.getByText('Keras code', { exact: true }).click();
  await expect(page.getByLabel('Keras code')).toContainText('Sequential');
  await expect(page.getByRole('status').filter({ hasText: /^Loading/ })).toHaveCount(0);
  await openView(page, 'Search');
  await expect(page.getByRole('heading', { name: 'Hyperparameter search' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^Loading/ })).toHaveCount(0);
});

test('a part whose code cannot be fetched says so and loads on "Try again"', async ({
  page,
  expectedErrors,
}) => {
  // The failed fetch, and React reporting the error its boundary caught.
  expectedErrors.push(/Failed to load resource/, /Failed to fetch dynamically imported module/);
  const chunk = /\/assets\/SearchView-[^/]+\.js$/;
  await page.route(chunk, (route) => route.abort('internetdisconnected'));
  await page.goto('/');
  await openView(page, 'Search');
  const alert = page.getByRole('alert').filter({ hasText: 'could not be loaded' });
  await expect(alert).toContainText(
    'The hyperparameter search could not be loaded: the network may be down',
  );
  await expect(alert.getByRole('button', { name: 'Reload the page' })).toBeVisible();
  // The rest of the page works meanwhile.
  await openView(page, 'Run');
  await expect(page.getByRole('button', { name: 'Train' })).toBeEnabled();
  await openView(page, 'Search');
  await expect(alert).toContainText(
    'The hyperparameter search could not be loaded: the network may be down',
  );

  await page.unroute(chunk);
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { name: 'Hyperparameter search' })).toBeVisible();
  await expect(alert).toHaveCount(0);
});

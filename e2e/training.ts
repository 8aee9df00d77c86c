import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** The run's status line: "Training on cpu: epoch 3 of 100.", "Finished 3 epochs in … on cpu." */
export const trainingStatus = (page: Page) => page.getByRole('status', { name: 'Training status' });

/** Sets the epochs, presses Train and waits for the run to finish. */
export async function trainBriefly(page: Page, epochs: number): Promise<void> {
  await page.getByRole('spinbutton', { name: 'Epochs', exact: true }).fill(String(epochs));
  await page.getByRole('button', { name: 'Train' }).click();
  await expect(trainingStatus(page)).toContainText(`Finished ${epochs} epoch`, {
    timeout: 60_000,
  });
}

import { createContext, useContext } from 'react';

interface SelectedTrial {
  selected: number | null;
  onSelect(number: number): void;
}

/**
 * The selected trial, for the parts of the search chart that draw it (curves, tooltip): through
 * context, a new selection redraws them and not the chart's axes and grid between.
 */
export const SelectedTrialContext = createContext<SelectedTrial>({
  selected: null,
  onSelect: () => undefined,
});

export const useSelectedTrial = () => useContext(SelectedTrialContext);

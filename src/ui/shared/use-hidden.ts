import { useAppState } from '../shared/store-context';
import type { ClassControl } from './class-controls';

/** True when a class link hid this control. */
export const useHidden = (control: ClassControl): boolean =>
  useAppState((s) => s.hiddenControls.includes(control));

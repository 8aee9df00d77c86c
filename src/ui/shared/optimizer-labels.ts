import type { OptimizerName } from '../../experiment/experiment';
import { i18n } from '../i18n/i18n';

/** Each optimizer as the page names it ("Adam", "SGD with momentum 0.9"), in the language on screen. */
export const optimizerLabel = (name: OptimizerName): string => i18n.t(`shared:optimizers.${name}`);

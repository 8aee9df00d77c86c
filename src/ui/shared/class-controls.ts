import { i18n } from '../i18n/i18n';
import type en from '../i18n/locales/en/lessons';
import type { SameKeys } from '../i18n/resource-types';

/**
 * Every control a class link can hide (`?hide=a,b`), as TensorFlow Playground's `<control>_hide`,
 * in the order the Class link dialog lists them. One table drives the link, the dialog and the
 * hook the controls ask; their words are in the `lessons` namespace (classControls).
 */
export const CLASS_CONTROLS = [
  'dataset',
  'dataSettings',
  'layers',
  'layerSettings',
  'optimizer',
  'learningRate',
  'batchSize',
  'epochs',
  'moreTraining',
  'speed',
  'step',
  'search',
  'history',
  'lessons',
  'files',
] as const;

export type ClassControl = (typeof CLASS_CONTROLS)[number];

const NAMES: ReadonlySet<string> = new Set(CLASS_CONTROLS);

export const isClassControl = (name: string): name is ClassControl => NAMES.has(name);

/** The control as the Class link dialog lists it ("Batch size"), in the language on screen. */
export const classControlLabel = (control: ClassControl): string =>
  i18n.t(`lessons:classControls.${control}`);

// Every control has its words, and there are no words for a control that is gone.
export const labelsChecked: SameKeys<ClassControl, typeof en.classControls> = true;

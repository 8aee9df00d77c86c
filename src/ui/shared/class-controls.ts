/**
 * Every control a class link can hide (`?hide=a,b`), as TensorFlow Playground's `<control>_hide`,
 * in the order the Class link dialog lists them. One table drives the link, the dialog and the
 * hook the controls ask.
 */
export const CLASS_CONTROLS = [
  { name: 'dataset', label: 'Dataset choice' },
  { name: 'dataSettings', label: 'Data settings (points, noise, splits)' },
  { name: 'layers', label: 'Adding, moving and removing layers' },
  { name: 'layerSettings', label: 'Each layer’s settings' },
  { name: 'optimizer', label: 'Optimizer' },
  { name: 'learningRate', label: 'Learning rate' },
  { name: 'batchSize', label: 'Batch size' },
  { name: 'epochs', label: 'Epochs' },
  {
    name: 'moreTraining',
    label: 'More training options (loss, schedule, early stopping, backend)',
  },
  { name: 'speed', label: 'Speed' },
  { name: 'step', label: 'Step' },
  { name: 'search', label: 'The Search view' },
  { name: 'history', label: 'The History view' },
  { name: 'lessons', label: 'The Lessons menu' },
  { name: 'files', label: 'Saving and opening experiment files' },
] as const;

export type ClassControl = (typeof CLASS_CONTROLS)[number]['name'];

const NAMES: ReadonlySet<string> = new Set(CLASS_CONTROLS.map((control) => control.name));

export const isClassControl = (name: string): name is ClassControl => NAMES.has(name);

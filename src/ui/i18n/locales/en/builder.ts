// The model builder: layer cards, the stack, drag and drop, the summary (src/ui/builder).
const builder = {
  panel: {
    heading: 'Model',
    summary: 'Model summary',
    /** The loss in lower case, then what the last layer outputs. */
    loss: 'Loss: {{loss}}. {{output}}',
  },
  /** What the last layer outputs, by task. */
  output: {
    binary: 'The last unit outputs the probability of class 1.',
    multiclass: 'The last layer outputs one probability per class; the highest wins.',
    regression: 'The last unit outputs the predicted number.',
  },
  history: {
    undo: 'Undo',
    redo: 'Redo',
  },
  stack: {
    input: 'Input {{shape}}',
    label: 'Model layers',
    end: 'Drop a layer here to add it at the end',
  },
  palette: {
    heading: 'Add a layer',
    hint: 'Drag one into the model, or click it to add it at the end.',
    add: 'Add {{label}}',
  },
  /** What a screen reader hears while a layer is dragged. */
  dnd: {
    instructions:
      'To move a layer, press space or enter to pick it up, the arrow keys to move it, and space or enter again to drop it; escape cancels.',
    newLayer: 'new {{label}} layer',
    stackEnd: 'the end of the model',
    layer: 'layer {{number}}, {{title}}',
    someLayer: 'a layer',
    pickedUp: 'Picked up {{name}}.',
    over: '{{name}} is over {{target}}.',
    notOver: '{{name}} is not over the model.',
    dropped: 'Dropped {{name}} at {{target}}.',
    droppedOutside: '{{name}} was dropped outside the model.',
    cancelled: 'Moving {{name}} was cancelled.',
  },
  card: {
    move: 'Move layer {{number}}, {{title}}',
    outputShape: 'Output shape of layer {{number}}',
    params: '{{params}} params',
    /** "Copy" is shown; the rest is read by screen readers only. */
    copy: 'Copy<hidden> layer {{number}}, {{title}}</hidden>',
    delete: 'Delete layer {{number}}, {{title}}',
    help: 'What do these do?',
  },
  hiddenUnits: {
    picture: 'Output of unit {{unit}} of layer {{layer}} over the plane',
    some: 'The first {{units}} of {{total}} units over the plane (epoch {{epoch}})',
    all_one: 'Its {{count}} unit over the plane (epoch {{epoch}})',
    all_other: 'Its {{count}} units over the plane (epoch {{epoch}})',
  },
  /** The Keras model.summary() table. */
  summary: {
    layer: 'Layer',
    outputShape: 'Output shape',
    params: 'Param #',
    input: 'Input',
    total: 'Total params',
    trainable: 'Trainable params',
    caption: 'Model summary, {{total}} parameters',
    notCounted: 'Model summary, not counted: the input shape is not valid',
    stopsAtFirst:
      'Model summary, incomplete: the stack stops at layer {{layer}}, so nothing is counted',
    stopsAfterOne:
      'Model summary, incomplete: the stack stops at layer {{layer}}, so only layer 1 is counted ({{total}} parameters)',
    stopsAfterSome:
      'Model summary, incomplete: the stack stops at layer {{layer}}, so only layers 1–{{last}} are counted ({{total}} parameters)',
    totalOfOne: 'Params in layer 1',
    totalOfSome: 'Params in layers 1–{{last}}',
    trainableOfOne: 'Trainable in layer 1',
    trainableOfSome: 'Trainable in layers 1–{{last}}',
  },
  code: {
    heading: 'Keras code',
    area: 'the Keras code',
    loading: 'Loading the code…',
    hint: 'Same layers, shapes and parameter counts as here; initial weights and the random data order differ, so the numbers will too.',
    hintInvalid:
      'Same layers, shapes and parameter counts as here; initial weights and the random data order differ, so the numbers will too. This model is not valid yet: fix the problems marked in red before running it.',
    copy: 'Copy code',
    copied: 'Copied.',
    copyRefused: 'Copying was not allowed: select the code and copy it.',
    fixFirst: 'Fix the settings marked in red to see the code.',
  },
} as const;

export default builder;

/** The activations Keras and TensorFlow.js share, by their Keras names. */
export const ACTIVATIONS = [
  'linear',
  'relu',
  'sigmoid',
  'tanh',
  'softmax',
  'elu',
  'selu',
  'softplus',
  'swish',
] as const;
export type Activation = (typeof ACTIVATIONS)[number];

// What the domain names: datasets, layers, losses, searchable fields, loss surfaces.
import type { DatasetGroup, DatasetName, TestRegionCode } from '../../../../data/catalog';
import type { LossName } from '../../../../experiment/experiment';
import type {
  LayerParamKey,
  ParamHelpCode,
  ParamOptionCode,
} from '../../../../experiment/layer-catalog';
import type { LayerType } from '../../../../experiment/layers';
import type { OptimizerId, SurfaceId } from '../../../../experiment/lessons/optimizer-paths';
import type { SameKeys } from '../../resource-types';

const catalog = {
  datasets: {
    circle: {
      label: 'Circle',
      description:
        'Points inside a disc are class 1, points in the ring around it class 0. No straight line separates them, so the model needs hidden layers.',
    },
    xor: {
      label: 'XOR',
      description:
        'Class 1 where x and y have the same sign. A single straight line cannot do it; two hidden units can.',
    },
    gaussians: {
      label: 'Two Gaussians',
      description:
        'Two overlapping clouds of points. Nearly linear: a model with no hidden layer does well, and noise sets the best possible accuracy.',
    },
    spiral: {
      label: 'Spiral',
      description:
        'Two interleaved spirals: the hardest 2-D set. It needs depth, many units and patience.',
    },
    moons: {
      label: 'Moons',
      description: 'Two interlocking half circles. A gently curved boundary separates them.',
    },
    plane: {
      label: 'Plane',
      description:
        'Regression: the target rises evenly from one corner to the other. A linear model fits it exactly.',
    },
    'multi-gaussian': {
      label: 'Six bumps',
      description:
        'Regression: six Gaussian bumps of alternating sign. The model must learn peaks and valleys.',
    },
    curve: {
      label: '1-D curve',
      description:
        'A few noisy samples of a smooth wave. Tested on the true curve: with few points a big model draws a wiggly line through the noise — overfitting you can see.',
    },
    sequence: {
      label: 'Signal',
      description:
        "Predict the next value of a noisy sine-plus-sawtooth signal from the previous {{timesteps}}. Split in time order: validation is the signal's future.",
    },
    iris: {
      label: 'Iris',
      description:
        "Fisher's 150 iris flowers: four measurements in cm, three species. Small and tabular; standardise the features.",
    },
    mnist: {
      label: 'MNIST digits',
      description:
        'Handwritten digits 0 to 9 as 28×28 greyscale images; the model must say which digit each one shows. Every pixel is an input, so a dense layer sees 784 numbers per image. Loaded when chosen (1.6 MB).',
    },
    csv: {
      label: 'Your CSV',
      description:
        'Upload a CSV file, pick the column to predict, and train on your own data. It stays in this tab.',
    },
  },
  /** An uploaded CSV's label, with or without its file's name. */
  csvFile: {
    named: 'CSV: {{fileName}}',
    unnamed: 'Uploaded CSV',
    /** A saved run's CSV, described from what the run recorded. */
    predicting: '{{fileName}}, predicting "{{target}}".',
  },
  datasetGroups: {
    'classification-2d': '2-D classification',
    'regression-2d': '2-D regression',
    'regression-1d': '1-D regression',
    sequences: 'Sequences',
    tabular: 'Tabular',
    images: 'Images',
  },
  testRegions: {
    lowerRight: 'the lower-right corner (x − y ≥ 2)',
    rightHalf: 'the right-hand side (x ≥ 0.5)',
  },
  losses: {
    binaryCrossentropy: 'Binary cross-entropy',
    sparseCategoricalCrossentropy: 'Sparse categorical cross-entropy',
    meanSquaredError: 'Mean squared error',
    meanAbsoluteError: 'Mean absolute error',
    huber: 'Huber loss',
  },
  /** One line per layer type, for the palette. */
  layers: {
    dense: 'Fully connected: every output looks at every input value.',
    dropout: 'Switches off a random share of values while training, against overfitting.',
    batchNormalization: 'Rescales each channel to mean 0 and spread 1, which steadies training.',
    flatten: 'Lays an image or a sequence out as one long list of values.',
    reshape: 'Rearranges the values into a new shape that holds the same number of values.',
    conv2d: 'Slides small learned filters over an image to find local patterns.',
    maxPooling2d: 'Shrinks an image by keeping the largest value in each window.',
    averagePooling2d: 'Shrinks an image by averaging each window.',
    globalAveragePooling2d:
      'Averages each channel over the whole image, leaving one value per channel.',
    simpleRNN: 'Reads a sequence step by step, carrying a short memory.',
    lstm: 'A recurrent layer with gates that keep a long-term memory.',
    gru: 'A lighter gated recurrent layer: like LSTM with fewer weights.',
  },
  /** The fields of a layer, as its editor labels them. */
  params: {
    units: 'Units',
    activation: 'Activation',
    kernelL1: 'L1 penalty',
    kernelL2: 'L2 penalty',
    rate: 'Rate',
    targetShape: 'Target shape',
    filters: 'Filters',
    kernelSize: 'Kernel size',
    strides: 'Strides',
    padding: 'Padding',
    poolSize: 'Pool size',
    returnSequences: 'Return sequences',
  },
  /** The editor's help under a layer's field. */
  paramHelp: {
    units:
      'How many outputs (neurons) the layer has. More can learn more, but train slower and overfit sooner.',
    recurrentUnits:
      'Size of the memory carried from step to step. More units remember more but train slower.',
    activation:
      'The function applied to each output: relu suits hidden layers, softmax turns the last layer into class probabilities.',
    convActivation: 'The function applied to each output; relu is the usual choice.',
    recurrentActivation: 'Squashes the memory at every step; tanh is the usual choice.',
    returnSequences:
      'On: output the memory at every timestep (needed before another recurrent layer). Off: output only the last step.',
    kernelL1:
      'Adds the weights’ absolute sizes to the loss, pushing unhelpful weights to exactly 0. 0 turns it off.',
    kernelL2:
      'Adds the weights’ squared sizes to the loss, keeping them small against overfitting. 0 turns it off.',
    rate: 'Share of values set to 0 at each training step, e.g. 0.25 drops a quarter. Nothing is dropped when predicting.',
    targetShape:
      'The new sizes, e.g. 28, 28, 1 for a 28×28 grey image. They must multiply to the number of values in the input.',
    filters: 'How many patterns the layer learns; each one makes an output channel.',
    kernelSize: 'Width and height of each filter, e.g. 3 for 3×3.',
    convStrides: 'How far the filter moves each step; 2 halves the image size.',
    padding:
      '"valid" uses only windows that fit fully inside the image, so it shrinks; "same" pads the edges, so the size only shrinks by the stride.',
    poolSize: 'Width and height of the window summarized into one value, e.g. 2 for 2×2.',
    poolStrides:
      'How far the window moves each step; usually the same as the pool size, so 2 halves the image.',
  },
  /** Choices of an enum field whose values need words beside them. */
  paramOptions: {
    valid: 'valid (shrinks)',
    same: 'same (keeps size)',
  },
  /** The gradient-descent lesson's loss surfaces: a name for the menu, what to watch for. */
  surfaces: {
    valley: {
      label: 'Narrow valley',
      description:
        'A long, narrow valley: steep across, nearly flat along its floor. Plain SGD bounces from wall to wall; momentum builds up speed along the floor.',
    },
    rosenbrock: {
      label: 'Curved valley (Rosenbrock)',
      description:
        'A banana-shaped valley whose floor curves and slopes gently to the minimum: easy to fall into, slow to follow.',
    },
    saddle: {
      label: 'Saddle between two minima',
      description:
        'Two minima with a saddle between them. Starting almost on the ridge, the gradient sideways is tiny: SGD lingers, Adam steps off at once.',
    },
    bumpy: {
      label: 'Bumpy bowl',
      description:
        'A bowl covered in ripples, each a small local minimum. SGD settles in the first dip it finds; momentum can roll on over the bumps.',
    },
  },
  /** The optimisers walking those surfaces, in the legend and table (momentum β = 0.9). */
  pathOptimizers: {
    sgd: 'SGD',
    momentum: 'Momentum 0.9',
    adam: 'Adam',
  },
} as const;

export default catalog;

// The words cover exactly the codes the domain names.
export const datasetsChecked: SameKeys<DatasetName, typeof catalog.datasets> = true;
export const groupsChecked: SameKeys<DatasetGroup, typeof catalog.datasetGroups> = true;
export const regionsChecked: SameKeys<TestRegionCode, typeof catalog.testRegions> = true;
export const lossesChecked: SameKeys<LossName, typeof catalog.losses> = true;
export const layersChecked: SameKeys<LayerType, typeof catalog.layers> = true;
export const paramsChecked: SameKeys<LayerParamKey, typeof catalog.params> = true;
export const helpChecked: SameKeys<ParamHelpCode, typeof catalog.paramHelp> = true;
export const optionsChecked: SameKeys<ParamOptionCode, typeof catalog.paramOptions> = true;
export const surfacesChecked: SameKeys<SurfaceId, typeof catalog.surfaces> = true;
export const pathOptimizersChecked: SameKeys<OptimizerId, typeof catalog.pathOptimizers> = true;

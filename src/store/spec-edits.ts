import type { ExperimentSpec, LossName, OptimizerName, TestShift } from '../spec/experiment';
import { DEFAULT_SPEC } from '../spec/defaults';

export type DatasetNumberField = 'numPoints' | 'noise' | 'seed';
export type TrainingNumberField =
  'learningRate' | 'batchSize' | 'epochs' | 'validationSplit' | 'testSplit' | 'seed';

/** Every change the UI can make to the spec, applied by one pure function. */
export type SpecEdit =
  | { type: 'setDatasetNumber'; field: DatasetNumberField; value: number }
  | { type: 'setTrainingNumber'; field: TrainingNumberField; value: number }
  | { type: 'setOptimizer'; optimizer: OptimizerName }
  | { type: 'setLoss'; loss: LossName }
  | { type: 'setTestShift'; testShift: TestShift }
  | { type: 'setStandardize'; standardize: boolean }
  | { type: 'reset' };

export function applySpecEdit(spec: ExperimentSpec, edit: SpecEdit): ExperimentSpec {
  switch (edit.type) {
    case 'setDatasetNumber':
      return { ...spec, dataset: { ...spec.dataset, [edit.field]: edit.value } };
    case 'setTrainingNumber':
      return { ...spec, training: { ...spec.training, [edit.field]: edit.value } };
    case 'setOptimizer':
      return { ...spec, training: { ...spec.training, optimizer: edit.optimizer } };
    case 'setLoss':
      return { ...spec, training: { ...spec.training, loss: edit.loss } };
    case 'setTestShift':
      return { ...spec, dataset: { ...spec.dataset, testShift: edit.testShift } };
    case 'setStandardize':
      return { ...spec, dataset: { ...spec.dataset, standardize: edit.standardize } };
    case 'reset':
      return structuredClone(DEFAULT_SPEC);
  }
}

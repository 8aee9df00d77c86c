import type {
  EarlyStopping,
  ExperimentSpec,
  LossName,
  LrSchedule,
  OptimizerName,
  TestShift,
} from '../experiment/experiment';
import type { SearchSpec } from '../experiment/search-schema';
import { DEFAULT_SPEC } from '../experiment/defaults';

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
  | { type: 'setSchedule'; change: Partial<LrSchedule> }
  | { type: 'setEarlyStopping'; change: Partial<EarlyStopping> }
  | { type: 'setSearch'; change: Partial<SearchSpec> }
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
    case 'setSchedule':
      return {
        ...spec,
        training: { ...spec.training, schedule: { ...spec.training.schedule, ...edit.change } },
      };
    case 'setEarlyStopping':
      return {
        ...spec,
        training: {
          ...spec.training,
          earlyStopping: { ...spec.training.earlyStopping, ...edit.change },
        },
      };
    case 'setSearch':
      return { ...spec, search: { ...spec.search, ...edit.change } };
    case 'reset':
      return structuredClone(DEFAULT_SPEC);
  }
}

import type { TFunction } from 'i18next';
import { specDatasetInfo } from '../../experiment/dataset-info';
import type { ExperimentSpec } from '../../experiment/experiment';
import { studyTrials } from '../../export/python-search';
import { datasetLabel } from '../shared/catalog-text';

/** Commands are the same in every language; the words around them are the reader's. */
/* eslint-disable traintab/no-english-phrase -- shell commands, not words */
const INSTALL = 'pip install keras tensorflow optuna scikit-learn numpy';
const RUN = 'python experiment.py';
const DRY_RUN = 'python experiment.py --dry-run 5';
const MANY = [
  'python experiment.py --storage journal:study.log &',
  'python experiment.py --storage journal:study.log &',
  'python experiment.py --storage postgresql://user:password@host/db',
];
/* eslint-enable traintab/no-english-phrase */

const code = (lines: readonly string[]): string => lines.map((line) => `    ${line}`).join('\n');
const section = (...parts: readonly string[]): string => parts.join('\n\n');

/** The README.md of the exported Python project, in the language on screen. */
export function pythonReadme(t: TFunction<'experiment'>, spec: ExperimentSpec): string {
  const searched = spec.search.params.length > 0;
  const dataset = datasetLabel(specDatasetInfo(spec.dataset));
  // The script's own default, which a grid with a conditional parameter makes larger.
  const trials = t('python.readme.trials', { count: studyTrials(spec) });
  const sections = [
    t('python.readme.title', { dataset }),
    t('python.readme.intro'),
    section(
      t('python.readme.files'),
      searched ? t('python.readme.script') : t('python.readme.scriptSingle'),
      t('python.readme.data'),
    ),
    section(t('python.readme.install'), t('python.readme.installText'), code([INSTALL])),
    searched
      ? section(
          t('python.readme.run'),
          code([RUN, DRY_RUN]),
          t('python.readme.runText'),
          t('python.readme.dryRun'),
        )
      : section(t('python.readme.run'), code([RUN]), t('python.readme.runText')),
    ...(searched
      ? [
          section(
            t('python.readme.many'),
            t('python.readme.manyText'),
            code(MANY),
            t('python.readme.options', { trials }),
          ),
        ]
      : []),
    section(t('python.readme.differs'), t('python.readme.differsText')),
  ];
  return `${sections.join('\n\n')}\n`;
}

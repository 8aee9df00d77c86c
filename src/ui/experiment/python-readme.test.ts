import { describe, expect, it } from 'vitest';
import { DEFAULT_SPEC } from '../../experiment/defaults';
import type { ExperimentSpec } from '../../experiment/experiment';
import { i18n } from '../i18n/i18n';
import { pythonReadme } from './python-readme';

const searched: ExperimentSpec = {
  ...DEFAULT_SPEC,
  search: {
    ...DEFAULT_SPEC.search,
    maxTrials: 30,
    params: [
      {
        target: 'training.learningRate',
        distribution: { type: 'float', low: 0.001, high: 0.1, log: true },
        gridPoints: 3,
        condition: null,
      },
    ],
  },
};

describe('the Python project README', () => {
  const t = i18n.getFixedT('en', 'experiment');

  it('for a search: install, one machine, many processes and machines, the study size', () => {
    const readme = pythonReadme(t, searched);
    expect(readme).toMatch(/^# Circle in Python: Keras 3 \+ Optuna\n/);
    expect(readme).toContain('    pip install keras tensorflow optuna scikit-learn numpy');
    expect(readme).toContain('    python experiment.py --dry-run 5');
    expect(readme).toContain('    python experiment.py --storage journal:study.log &');
    expect(readme).toContain(
      '    python experiment.py --storage postgresql://user:password@host/db',
    );
    expect(readme).toContain('(by default 30 trials)');
  });

  it('without a search: no study, no dry run, no many machines', () => {
    const readme = pythonReadme(t, DEFAULT_SPEC);
    expect(readme).toContain('    python experiment.py\n');
    expect(readme).not.toContain('--dry-run');
    expect(readme).not.toContain('--storage');
  });

  it('in Chinese, with the same commands', () => {
    const readme = pythonReadme(i18n.getFixedT('zh-CN', 'experiment'), searched);
    expect(readme).toContain('## 安装');
    expect(readme).toContain('    python experiment.py --storage journal:study.log &');
    expect(readme).toContain('默认为 30 个');
  });
});

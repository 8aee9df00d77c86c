import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SPEC } from '../../experiment/defaults';
import { searchTargets } from '../../experiment/search-targets';
import { i18n } from '../i18n/i18n';
import { messageText } from '../i18n/message-text';
import { searchTargetLabel, targetLabelIn } from './target-label';

describe('searchTargetLabel', () => {
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('names every kind of target as the app always has in English', () => {
    const label = (target: string) => searchTargetLabel(DEFAULT_SPEC, target);
    expect(label('training.learningRate')).toBe('Learning rate');
    expect(label('training.optimizer')).toBe('Optimizer');
    expect(label('model.layers.1.units')).toBe('Layer 2 (Dense): units');
    expect(label('model.layers.1.kernelL2')).toBe('Layer 2 (Dense): l2 penalty');
    expect(label('model.repeat.0-0')).toBe('Copies of layer 1');
    expect(label('model.repeat.0-1')).toBe('Copies of layers 1–2 (as a block)');
    expect(label('model.layers.9.units')).toBe('model.layers.9.units');
  });

  it('words the chips and groups apart from the labels', () => {
    const byTarget = new Map(searchTargets(DEFAULT_SPEC).map((t) => [t.target, t]));
    const rate = byTarget.get('training.learningRate');
    const units = byTarget.get('model.layers.0.units');
    const block = byTarget.get('model.repeat.0-1');
    expect(rate && [messageText(rate.group), messageText(rate.chip)]).toEqual([
      'Training',
      'learning rate',
    ]);
    expect(units && [messageText(units.group), messageText(units.chip)]).toEqual([
      'Layer 1 (Dense)',
      'units',
    ]);
    expect(block && [messageText(block.group), messageText(block.chip)]).toEqual([
      'Repeated blocks',
      'copies of layers 1–2 (as a block)',
    ]);
  });

  it('speaks Chinese when the page does', async () => {
    await i18n.changeLanguage('zh-CN');
    expect(searchTargetLabel(DEFAULT_SPEC, 'model.layers.1.units')).toBe(
      '第 2 层（Dense）：神经元数',
    );
    expect(targetLabelIn(searchTargets(DEFAULT_SPEC), 'training.learningRate')).toBe('学习率');
    expect(targetLabelIn([], 'training.learningRate')).toBe('training.learningRate');
  });
});

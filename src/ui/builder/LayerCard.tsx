import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useId, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { LAYER_CATALOG } from '../../experiment/layer-catalog';
import type { LayerSpec } from '../../experiment/layers';
import type { ShapeWarning } from '../../experiment/shape-messages';
import { BreakableName } from './BreakableName';
import { HiddenUnits } from './HiddenUnits';
import { LayerParamField } from './LayerParamField';
import { formatShape, layerTitle } from './layer-text';
import { Term } from '../shared/Term';
import { formatCount } from '../i18n/format';
import { messageText } from '../i18n/message-text';
import { layerParamHelp, layerParamLabel } from '../shared/catalog-text';

/** The drag handle's grip: a symbol, not a word. */
const DRAG_GRIP = '⠿';

interface LayerCardProps {
  id: string;
  index: number;
  layer: LayerSpec;
  outputShape: number[] | null;
  params: number;
  error: string | null;
  warnings: readonly ShapeWarning[];
  disabled: boolean;
  /** A class link hid adding, moving and removing layers. */
  fixed: boolean;
  /** A class link hid the layers' settings: the card shows its title only. */
  settingsHidden: boolean;
  onChange(layer: LayerSpec): void;
  onRemove(): void;
  onDuplicate(): void;
}

/** One layer in the stack: drag handle, live shape and parameter count, its settings, its problems. */
export function LayerCard({
  id,
  index,
  layer,
  outputShape,
  params,
  error,
  warnings,
  disabled,
  fixed,
  settingsHidden,
  onChange,
  onRemove,
  onDuplicate,
}: LayerCardProps) {
  const {
    attributes,
    listeners,
    setNodeRef,
    setActivatorNodeRef,
    transform,
    transition,
    isDragging,
  } = useSortable({ id, disabled: disabled || fixed });
  const { t } = useTranslation('builder');
  const headingId = useId();
  const problemsId = useId();
  // The help (and its glossary button) exists only while open: closed, it takes no room or focus.
  const [helpOpen, setHelpOpen] = useState(false);
  const entry = LAYER_CATALOG[layer.type];
  const title = layerTitle(layer);
  return (
    <li
      ref={setNodeRef}
      className={`layer-card${error ? ' has-error' : ''}${isDragging ? ' dragging' : ''}`}
      style={{ transform: CSS.Transform.toString(transform), transition }}
      aria-labelledby={headingId}
      aria-describedby={error || warnings.length > 0 ? problemsId : undefined}
      data-layer-index={index}
    >
      <div className="layer-head">
        {!fixed && (
          <button
            type="button"
            ref={setActivatorNodeRef}
            className="drag-handle"
            aria-label={t('card.move', { number: index + 1, title })}
            disabled={disabled}
            {...attributes}
            {...listeners}
          >
            {DRAG_GRIP}
          </button>
        )}
        <h3 id={headingId}>
          <span className="layer-index">{index + 1}.</span> <BreakableName name={entry.label} />
        </h3>
        <div className="layer-meta">
          <span className="layer-shape" aria-label={t('card.outputShape', { number: index + 1 })}>
            {outputShape ? formatShape(outputShape) : '—'}
          </span>
          <span className="layer-params">{t('card.params', { params: formatCount(params) })}</span>
        </div>
        {!fixed && (
          <div className="layer-actions">
            {/* Names from the content, so each starts with what is shown: "Copy layer 2, Dense(8, relu)". */}
            <button type="button" className="icon" disabled={disabled} onClick={onDuplicate}>
              <Trans
                t={t}
                i18nKey="card.copy"
                values={{ number: index + 1, title }}
                components={{ hidden: <span className="visually-hidden" /> }}
              />
            </button>
            <button type="button" className="icon" disabled={disabled} onClick={onRemove}>
              <span aria-hidden="true">✕</span>
              <span className="visually-hidden">
                {t('card.delete', { number: index + 1, title })}
              </span>
            </button>
          </div>
        )}
      </div>
      {entry.params.length > 0 && !settingsHidden && (
        <div className="fields layer-fields">
          {entry.params.map((param) => (
            <LayerParamField
              key={param.key}
              layer={layer}
              param={param}
              disabled={disabled}
              onChange={onChange}
            />
          ))}
        </div>
      )}
      <HiddenUnits index={index} />
      {entry.params.length > 0 && !settingsHidden && (
        <details className="layer-help" onToggle={(event) => setHelpOpen(event.currentTarget.open)}>
          <summary>{t('card.help')}</summary>
          {helpOpen && (
            <dl>
              {entry.params.map((param) => (
                <div key={param.key}>
                  <dt>
                    {layerParamLabel(param)}
                    {param.key === 'activation' && <Term id="activation" />}
                  </dt>
                  <dd>{layerParamHelp(param)}</dd>
                </div>
              ))}
            </dl>
          )}
        </details>
      )}
      {(error || warnings.length > 0) && (
        <div id={problemsId}>
          {error && <p className="field-error layer-error">{error}</p>}
          {warnings.map((warning) => (
            <p key={warning.code} className="layer-warning">
              {messageText(warning)}
            </p>
          ))}
        </div>
      )}
    </li>
  );
}

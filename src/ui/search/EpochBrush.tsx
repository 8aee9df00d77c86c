import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Brush, LineChart, ResponsiveContainer, XAxis } from 'recharts';

/** A window of epochs, as indices into the epochs (index = epoch - 1). */
export interface EpochWindow {
  startIndex: number;
  endIndex: number;
}

interface EpochBrushProps {
  /** Every epoch a trial of the search can reach. */
  epochs: number;
  /** The window shown; null for every epoch. */
  zoom: EpochWindow | null;
  onZoom(zoom: EpochWindow | null): void;
  /** Left and right margins that line the brush up with the chart's plot area above it. */
  left: number;
  right: number;
}

/** One row per epoch, 1..epochs: the x-axis of the search's charts (their curves are drawn apart). */
export const epochRows = (epochs: number) =>
  Array.from({ length: epochs }, (_, i) => ({ epoch: i + 1 }));

/**
 * The zoom control: a controlled Brush over the search's epochs, in a chart of its own. Its rows
 * do not change while trials stream in: recharts 3.11 redraws a controlled Brush at full width
 * whenever its chart's data changes, and its handles would jump under the user's pointer.
 */
export function EpochBrush({ epochs, zoom, onZoom, left, right }: EpochBrushProps) {
  const { t } = useTranslation('search');
  const rows = useMemo(() => epochRows(epochs), [epochs]);
  const last = epochs - 1;
  return (
    <ResponsiveContainer width="100%" height={30}>
      <LineChart data={rows} margin={{ top: 0, bottom: 0, left, right }}>
        <XAxis dataKey="epoch" hide />
        <Brush
          dataKey="epoch"
          height={26}
          travellerWidth={8}
          stroke="#64748b"
          ariaLabel={t('chart.brush', {
            first: (zoom?.startIndex ?? 0) + 1,
            last: (zoom?.endIndex ?? last) + 1,
          })}
          {...(zoom ?? {})}
          onChange={({ startIndex, endIndex }) =>
            onZoom(startIndex === 0 && endIndex === last ? null : { startIndex, endIndex })
          }
        />
      </LineChart>
    </ResponsiveContainer>
  );
}

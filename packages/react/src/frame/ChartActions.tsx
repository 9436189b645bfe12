import type { CommonMessages } from '@kz-trafficking/core';
import type { ChartAction, FileFormat } from './types.js';

/** The parts of a figure that a button shows and hides. */
export type Panel = 'table' | 'embed';

interface ChartActionsProps {
  actions: readonly ChartAction[];
  messages: CommonMessages;
  /** Prefix of the ids of the panels: `<id>-table`, `<id>-embed`. */
  id: string;
  open: Readonly<Record<Panel, boolean>>;
  label: string;
  onToggle: (panel: Panel) => void;
  onDownload: (format: FileFormat) => void;
}

/** The buttons under a chart: show the table, download CSV, PNG or SVG, show the embed snippets. */
export function ChartActions({ actions, messages, id, open, label, onToggle, onDownload }: ChartActionsProps) {
  if (actions.length === 0) return null;
  const t = messages.frame;
  const downloads = { csv: t.downloadCsv, png: t.downloadPng, svg: t.downloadSvg } as const;
  return (
    // biome-ignore lint/a11y/useSemanticElements: a group of buttons, not a form fieldset.
    <div className="kzt-actions" role="group" aria-label={label}>
      {actions.map((action) =>
        action === 'table' || action === 'embed' ? (
          <button
            key={action}
            type="button"
            aria-expanded={open[action]}
            aria-controls={`${id}-${action}`}
            onClick={() => onToggle(action)}
          >
            {action === 'embed' ? t.embed : open.table ? t.hideTable : t.showTable}
          </button>
        ) : (
          <button key={action} type="button" onClick={() => onDownload(action)}>
            {downloads[action]}
          </button>
        ),
      )}
    </div>
  );
}

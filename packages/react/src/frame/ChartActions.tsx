import type { CommonMessages } from '@kz-trafficking/core';
import type { ChartAction } from './types.js';

interface ChartActionsProps {
  actions: readonly ChartAction[];
  messages: CommonMessages;
  tableVisible: boolean;
  tableId: string;
  embedVisible: boolean;
  embedId: string;
  label: string;
  onToggleTable: () => void;
  onToggleEmbed: () => void;
  onDownload: (format: 'csv' | 'png' | 'svg') => void;
}

/** The buttons under a chart: show the table, download CSV, PNG or SVG, show the embed snippets. */
export function ChartActions({
  actions,
  messages,
  tableVisible,
  tableId,
  embedVisible,
  embedId,
  label,
  onToggleTable,
  onToggleEmbed,
  onDownload,
}: ChartActionsProps) {
  if (actions.length === 0) return null;
  const t = messages.frame;
  const downloads = { csv: t.downloadCsv, png: t.downloadPng, svg: t.downloadSvg } as const;
  return (
    // biome-ignore lint/a11y/useSemanticElements: a group of buttons, not a form fieldset.
    <div className="kzt-actions" role="group" aria-label={label}>
      {actions.map((action) =>
        action === 'table' ? (
          <button
            key={action}
            type="button"
            aria-expanded={tableVisible}
            aria-controls={tableId}
            onClick={onToggleTable}
          >
            {tableVisible ? t.hideTable : t.showTable}
          </button>
        ) : action === 'embed' ? (
          <button
            key={action}
            type="button"
            aria-expanded={embedVisible}
            aria-controls={embedId}
            onClick={onToggleEmbed}
          >
            {t.embed}
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

import type { CommonMessages } from '@kz-trafficking/core';
import type { ReactNode } from 'react';
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

/** A button that shows and hides the element it controls. */
function Toggle({
  expanded,
  controls,
  onToggle,
  children,
}: {
  expanded: boolean;
  controls: string;
  onToggle: () => void;
  children: ReactNode;
}) {
  return (
    <button type="button" aria-expanded={expanded} aria-controls={controls} onClick={onToggle}>
      {children}
    </button>
  );
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
          <Toggle key={action} expanded={tableVisible} controls={tableId} onToggle={onToggleTable}>
            {tableVisible ? t.hideTable : t.showTable}
          </Toggle>
        ) : action === 'embed' ? (
          <Toggle key={action} expanded={embedVisible} controls={embedId} onToggle={onToggleEmbed}>
            {t.embed}
          </Toggle>
        ) : (
          <button key={action} type="button" onClick={() => onDownload(action)}>
            {downloads[action]}
          </button>
        ),
      )}
    </div>
  );
}

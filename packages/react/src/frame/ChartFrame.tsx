import type { CommonMessages, SourceLine } from '@kz-trafficking/core';
import {
  type CSSProperties,
  lazy,
  type ReactNode,
  type RefObject,
  Suspense,
  useCallback,
  useContext,
  useId,
  useRef,
  useState,
} from 'react';
import { ChartActions, type Panel } from './ChartActions.js';
import { toError } from './ChartErrorBoundary.js';
import { DataTableView } from './DataTableView.js';
import type { EmbedTarget } from './EmbedPanel.js';
import { Figure } from './Figure.js';
import { FigureHeight, fittedBoxHeight } from './fitHeight.js';
import type { ThemeName } from './theme.js';
import type { BoxShape, BoxSize, ChartAction, FigureContent, FileFormat } from './types.js';
import { useContainerWidth } from './useContainerWidth.js';
import { useIsomorphicLayoutEffect } from './useIsomorphicLayoutEffect.js';
import { useListboxSemantics } from './useListboxSemantics.js';

const EmbedPanel = lazy(() => import('./EmbedPanel.js'));

export interface ChartFrameProps extends FigureContent {
  messages: CommonMessages;
  theme: ThemeName;
  headingLevel: 2 | 3 | 4 | 5 | 6;
  actions: readonly ChartAction[];
  /** What the embed action offers; `null` when there is no embed action. */
  embed: EmbedTarget | null;
  className?: string;
  onError?: (error: Error) => void;
  /** The width to draw at before the box is measured (see `ChartDefinition.serverWidth`); none by default. */
  serverWidth?: number | undefined;
  /**
   * Draws the chart into the measured box (before that, and on the server, only at `serverWidth`);
   * `onDrawn` once its final marks show.
   */
  children: (size: BoxSize, onDrawn: () => void) => ReactNode;
}

function SourceLineView({ sources, messages }: { sources: readonly SourceLine[]; messages: CommonMessages }) {
  return (
    <p className="kzt-source">
      {messages.frame.source}:{' '}
      {sources.map((source, index) => (
        <span key={source.text}>
          {index > 0 ? '; ' : ''}
          {source.url ? (
            <a href={source.url} target="_blank" rel="noopener noreferrer">
              {source.text}
            </a>
          ) : (
            source.text
          )}
        </span>
      ))}
    </p>
  );
}

function boxStyle(box: BoxShape): CSSProperties {
  return 'height' in box ? { height: box.height } : { aspectRatio: String(box.aspectRatio) };
}

function boxHeight(box: BoxShape, width: number): number {
  // At least 1 px and finite, however extreme the ratio: a box 0 or Infinity px tall draws no chart.
  return 'height' in box ? box.height : Math.min(Math.max(1, Math.round(width / box.aspectRatio)), Number.MAX_VALUE);
}

/**
 * The box shape that gives the figure the height `FigureHeight` asks for, measured with the box
 * still empty so that the chart is drawn once, at that size; at other widths, the box's own shape.
 */
function useFittedBox(box: BoxShape, boxRef: RefObject<HTMLDivElement | null>, measuredWidth: number): BoxShape {
  const held = useContext(FigureHeight);
  const [fit, setFit] = useState<{ held: number; width: number; height: number } | null>(null);
  useIsomorphicLayoutEffect(() => {
    const boxElement = boxRef.current;
    const figure = boxElement?.closest('figure');
    if (held === undefined || !boxElement || !figure) return;
    const height = fittedBoxHeight(figure, boxElement, held);
    const width = Math.floor(boxElement.getBoundingClientRect().width);
    setFit(height === undefined ? null : { held, width, height });
  }, [held, boxRef]);
  return fit && fit.held === held && fit.width === measuredWidth ? { height: fit.height } : box;
}

/**
 * The figure every chart is drawn in: title, subtitle, the chart box (its size reserved before the
 * chart mounts), notes, sources, a data table and the download buttons.
 */
export function ChartFrame(props: ChartFrameProps) {
  const { messages, theme, title, subtitle, notes, sources, description, table, columnKinds, box, actions, embed } =
    props;
  const id = useId();
  const [open, setOpen] = useState<Record<Panel, boolean>>({ table: false, embed: false });
  const [drawn, setDrawn] = useState(false);
  const onDrawn = useCallback(() => setDrawn(true), []);
  const boxRef = useRef<HTMLDivElement>(null);
  const measuredWidth = useContainerWidth(boxRef);
  const width = measuredWidth > 0 ? measuredWidth : (props.serverWidth ?? 0);
  const shape = useFittedBox(box, boxRef, measuredWidth);
  useListboxSemantics(boxRef);
  const download = async (format: FileFormat) => {
    try {
      const { exportFigure } = await import('./exportFigure.js');
      await exportFigure(format, { ...props, chart: boxRef.current?.querySelector('svg') ?? null });
    } catch (error) {
      props.onError?.(toError(error));
    }
  };

  return (
    <Figure
      id={id}
      theme={theme}
      lang={messages.locale}
      headingLevel={props.headingLevel}
      title={title}
      described
      drawn={drawn}
      className={props.className}
    >
      <p className="kzt-subtitle">{subtitle}</p>
      <div
        ref={boxRef}
        className="kzt-box"
        style={boxStyle(shape)}
        // Drawn at `serverWidth` until measured: the CSS scales the SVG to the box by its viewBox.
        data-kzt-scaled={measuredWidth === 0 && width > 0 ? '' : undefined}
      >
        {width > 0 ? props.children({ width, height: boxHeight(shape, width) }, onDrawn) : null}
      </div>
      <p id={`${id}-description`} className="kzt-visually-hidden">
        {description}
      </p>
      {notes.length > 0 ? (
        <div className="kzt-notes">
          <p>{messages.frame.notes}:</p>
          <ul>
            {notes.map((note, index) => (
              // Notes may repeat (a caller's notes are any texts): the position keeps their keys unique.
              // biome-ignore lint/suspicious/noArrayIndexKey: the notes are static between renders.
              <li key={`${index}:${note}`}>{note}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <SourceLineView sources={sources} messages={messages} />
      <ChartActions
        actions={actions}
        messages={messages}
        id={id}
        open={open}
        label={title}
        onToggle={(panel) => setOpen((current) => ({ ...current, [panel]: !current[panel] }))}
        onDownload={(format) => void download(format)}
      />
      {embed ? (
        <div id={`${id}-embed`} className="kzt-embed" hidden={!open.embed}>
          {open.embed ? (
            <Suspense fallback={null}>
              <EmbedPanel
                target={embed}
                texts={{ title, subtitle, description, sources }}
                messages={messages}
                onError={props.onError}
              />
            </Suspense>
          ) : null}
        </div>
      ) : null}
      <DataTableView id={`${id}-table`} table={table} kinds={columnKinds} messages={messages} visible={open.table} />
    </Figure>
  );
}

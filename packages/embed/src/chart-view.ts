// What a chart's chunk (dist/charts/<chart>.js) offers the loader: the loader holds no React.

/** One chart drawn into a container, as the chunk's `mount` returns it. */
export interface ChartView {
  /**
   * Draws the chart with these props, synchronously: it can be measured when this returns. With
   * `heldHeight`, the figure takes that height (its chart box gives or takes the difference, up to a
   * quarter of its height) at the width it is first drawn at.
   */
  render(props: Record<string, unknown>, heldHeight?: number): void;
  /** Removes the chart and everything it holds. */
  unmount(): void;
  /** The figure as a standalone SVG document, or `null` before it is drawn. */
  toSvg(): string | null;
}

/** A chart's chunk. */
export interface ChartModule {
  /**
   * Loads the chart's texts in `locale` (an element's attribute value; Russian when it names no
   * locale of ours), which a render in that locale needs first. Rejects when they cannot be loaded.
   */
  loadTexts(locale: unknown): Promise<void>;
  mount(container: HTMLElement): ChartView;
}

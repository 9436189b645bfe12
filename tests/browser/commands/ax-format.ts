// The computed accessibility tree of a chart's figure, as text: what a screen reader is given.

/** What is read here of a node of CDP's `Accessibility.getFullAXTree` (playwright-core does not export its protocol types). */
interface AXValue {
  value?: unknown;
}
export interface AXNode {
  nodeId: string;
  ignored: boolean;
  role?: AXValue;
  name?: AXValue;
  description?: AXValue;
  properties?: { name: string; value: AXValue }[];
  childIds?: string[];
}

/** A listbox of the tree: its name, its options' names in order, and anything else it exposes. */
export interface ListboxReport {
  name: string;
  options: string[];
  /** The options that are selected (the active mark), by name. */
  selected: string[];
  /** Exposed descendants that are neither options nor inside one ("role name"): there should be none. */
  others: string[];
}

export interface AxTreeReport {
  /** One block per figure of the page, in page order. */
  text: string;
  listboxes: ListboxReport[];
  /** The option that has the focus, by name, if one has. */
  focusedOption: string | null;
}

/** States worth a line's attention; `focusable` only where the role does not imply it. */
const shownStates = ['level', 'expanded', 'selected', 'focused', 'pressed', 'disabled'] as const;
const focusableRoles = new Set(['button', 'link', 'option', 'textbox', 'RootWebArea']);
/** Containers of an ordered set of options, as Chromium counts "3 of 15". */
const setContainers = new Set(['listbox', 'group']);

const textValue = (value: AXValue | undefined): string => (value === undefined ? '' : String(value.value ?? ''));

function property(node: AXNode, name: string): string | undefined {
  const found = node.properties?.find((candidate) => candidate.name === name);
  return found ? textValue(found.value) : undefined;
}

function quote(text: string): string {
  return JSON.stringify(text.replace(/\s+/g, ' ').trim());
}

class Tree {
  private readonly byId: Map<string, AXNode>;
  constructor(nodes: readonly AXNode[]) {
    this.byId = new Map(nodes.map((node) => [node.nodeId, node]));
  }

  /** The exposed children: ignored nodes are replaced by their own exposed children. */
  children(node: AXNode): AXNode[] {
    return (node.childIds ?? []).flatMap((id) => {
      const child = this.byId.get(id);
      if (!child) return [];
      return child.ignored ? this.children(child) : [child];
    });
  }

  /** Exposed descendants, depth first, in reading order. */
  descendants(node: AXNode, stopAt: (node: AXNode) => boolean = () => false): AXNode[] {
    return this.children(node).flatMap((child) => [child, ...(stopAt(child) ? [] : this.descendants(child, stopAt))]);
  }
}

const roleOf = (node: AXNode): string => textValue(node.role);

function states(node: AXNode): string[] {
  const shown = shownStates.flatMap((name) => {
    const value = property(node, name);
    return value === undefined ? [] : [`${name}=${value}`];
  });
  if (property(node, 'focusable') === 'true' && !focusableRoles.has(roleOf(node))) shown.push('focusable');
  return shown;
}

/** Lines of one node and what it holds, indented by depth. */
function lines(tree: Tree, node: AXNode, depth: number, positions: Map<AXNode, string>): string[] {
  const role = roleOf(node);
  const indent = '  '.repeat(depth);
  if (role === 'InlineTextBox') return [];
  const children = tree.children(node);
  const name = textValue(node.name);
  // A nameless generic container says nothing: its content is listed in its place.
  if ((role === 'generic' || role === 'none') && name === '' && states(node).length === 0) {
    return contentLines(tree, children, depth, positions);
  }
  const head = [role, name ? quote(name) : '', positions.get(node) ?? '', ...states(node)].filter(Boolean).join(' ');
  // A table row on one line: its headers and cells with their text.
  if (role === 'row') {
    const cells = children.map((cell) => `${roleOf(cell)} ${quote(textValue(cell.name))}`);
    return [`${indent}row: ${cells.join(' | ')}`];
  }
  // Options' content is presentational: the name is what is announced.
  if (role === 'option') return [`${indent}${head}`];
  const description = textValue(node.description);
  // Text that only repeats the name (a heading's, a button's) is not listed again.
  const repeatsName = children.every((child) => roleOf(child) === 'StaticText') && textOf(children) === name;
  return [
    `${indent}${head}`,
    ...(description ? [`${indent}  description: ${quote(description)}`] : []),
    ...(repeatsName ? [] : contentLines(tree, children, depth + 1, positions)),
  ];
}

const textOf = (nodes: readonly AXNode[]): string => nodes.map((node) => textValue(node.name)).join('');

/** The lines of `children`; adjacent text runs ("Notes", ":") read as one text. */
function contentLines(
  tree: Tree,
  children: readonly AXNode[],
  depth: number,
  positions: Map<AXNode, string>,
): string[] {
  const result: string[] = [];
  let run: AXNode[] = [];
  const flush = () => {
    const text = textOf(run);
    if (text.trim() !== '') result.push(`${'  '.repeat(depth)}text ${quote(text)}`);
    run = [];
  };
  for (const child of children) {
    if (roleOf(child) === 'StaticText') {
      run.push(child);
      continue;
    }
    flush();
    result.push(...lines(tree, child, depth, positions));
  }
  flush();
  return result;
}

/** "n of N" for every option, counted in its listbox or group as Chromium counts them. */
function optionPositions(tree: Tree, root: AXNode): Map<AXNode, string> {
  const positions = new Map<AXNode, string>();
  for (const container of [root, ...tree.descendants(root)]) {
    if (!setContainers.has(roleOf(container))) continue;
    const options = tree
      .descendants(container, (node) => setContainers.has(roleOf(node)) || roleOf(node) === 'option')
      .filter((node) => roleOf(node) === 'option');
    for (const [index, option] of options.entries()) positions.set(option, `(${index + 1} of ${options.length})`);
  }
  return positions;
}

function listboxReport(tree: Tree, listbox: AXNode): ListboxReport {
  const inside = tree.descendants(listbox, (node) => roleOf(node) === 'option');
  return {
    name: textValue(listbox.name),
    options: inside.filter((node) => roleOf(node) === 'option').map((node) => textValue(node.name)),
    selected: inside
      .filter((node) => roleOf(node) === 'option' && property(node, 'selected') === 'true')
      .map((node) => textValue(node.name)),
    others: inside
      .filter((node) => roleOf(node) !== 'option')
      .map((node) => `${roleOf(node)} ${quote(textValue(node.name))} ${states(node).join(' ')}`.trim()),
  };
}

/** The report on every figure in `nodes` (one frame's full tree, from `Accessibility.getFullAXTree`). */
export function axTreeReport(nodes: readonly AXNode[]): AxTreeReport {
  const tree = new Tree(nodes);
  const root = nodes[0];
  if (!root) return { text: '', listboxes: [], focusedOption: null };
  const all = [root, ...tree.descendants(root)];
  const figures = all.filter((node) => roleOf(node) === 'figure');
  const blocks = figures.map((figure) => lines(tree, figure, 0, optionPositions(tree, figure)).join('\n'));
  const focused = all.find((node) => roleOf(node) === 'option' && property(node, 'focused') === 'true');
  return {
    text: `${blocks.join('\n\n')}\n`,
    listboxes: figures.flatMap((figure) =>
      [figure, ...tree.descendants(figure)]
        .filter((node) => roleOf(node) === 'listbox')
        .map((listbox) => listboxReport(tree, listbox)),
    ),
    focusedOption: focused ? textValue(focused.name) : null,
  };
}

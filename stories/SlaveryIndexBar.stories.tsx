import type { Meta, StoryObj } from '@storybook/react-vite';
import { SlaveryIndexBar } from '../packages/react/src/index.js';

const meta = {
  title: 'Charts/SlaveryIndexBar',
  component: SlaveryIndexBar,
} satisfies Meta<typeof SlaveryIndexBar>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

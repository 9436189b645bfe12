import type { Meta, StoryObj } from '@storybook/react-vite';
import { RegionalShare } from '../packages/react/src/regional-share/index.js';

const meta = {
  title: 'Charts/RegionalShare',
  component: RegionalShare,
} satisfies Meta<typeof RegionalShare>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** Made-up counts for every unit, to check labels and classes (not real data). */
export const AllUnits: Story = {
  args: {
    values: {
      'KZ-10': 1,
      'KZ-11': 2,
      'KZ-15': 3,
      'KZ-19': 4,
      'KZ-23': 1,
      'KZ-27': 0,
      'KZ-31': 2,
      'KZ-33': 1,
      'KZ-35': 5,
      'KZ-39': 1,
      'KZ-43': 2,
      'KZ-47': 3,
      'KZ-55': 1,
      'KZ-59': 1,
      'KZ-61': 6,
      'KZ-62': 0,
      'KZ-63': 2,
      'KZ-71': 8,
      'KZ-75': 30,
      'KZ-79': 7,
    },
    total: 80,
  },
};

export const WithoutInset: Story = { args: { inset: false } };

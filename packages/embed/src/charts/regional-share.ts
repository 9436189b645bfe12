// The RegionalShare chunk (dist/charts/regional-share.js), loaded by kz-charts.js when a <kz-regional-share> needs it.
import { regionalShareTexts } from '@kz-trafficking/core/regional-share';
import { RegionalShare } from '@kz-trafficking/react/regional-share';
import type { ComponentType } from 'react';
import { chartModule } from '../mount.js';

export const { loadTexts, mount } = chartModule(
  RegionalShare as ComponentType<Record<string, unknown>>,
  regionalShareTexts,
);

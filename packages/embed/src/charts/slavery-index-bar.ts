// The SlaveryIndexBar chunk (dist/charts/slavery-index-bar.js), loaded by kz-charts.js when a <kz-slavery-index-bar> needs it.
import { slaveryIndexTexts } from '@kz-trafficking/core/slavery-index';
import { SlaveryIndexBar } from '@kz-trafficking/react/slavery-index-bar';
import type { ComponentType } from 'react';
import { chartModule } from '../mount.js';

export const { loadTexts, mount } = chartModule(
  SlaveryIndexBar as ComponentType<Record<string, unknown>>,
  slaveryIndexTexts,
);

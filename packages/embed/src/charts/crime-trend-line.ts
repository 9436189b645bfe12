// The CrimeTrendLine chunk (dist/charts/crime-trend-line.js), loaded by kz-charts.js when a <kz-crime-trend-line> needs it.
import { crimeTrendTexts } from '@kz-trafficking/core/crime-trend';
import { CrimeTrendLine } from '@kz-trafficking/react/crime-trend-line';
import type { ComponentType } from 'react';
import { chartModule } from '../mount.js';

export const { loadTexts, mount } = chartModule(
  CrimeTrendLine as ComponentType<Record<string, unknown>>,
  crimeTrendTexts,
);

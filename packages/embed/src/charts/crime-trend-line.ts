// The CrimeTrendLine chunk (dist/charts/crime-trend-line.js), loaded by kz-charts.js when a <kz-crime-trend-line> needs it.
import { CrimeTrendLine } from '@kz-trafficking/react/crime-trend-line';
import type { ComponentType } from 'react';
import { chartMount } from '../mount.js';

export const mount = chartMount(CrimeTrendLine as ComponentType<Record<string, unknown>>);

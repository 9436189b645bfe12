// The RegionalShare chunk (dist/charts/regional-share.js), loaded by kz-charts.js when a <kz-regional-share> needs it.
import { RegionalShare } from '@kz-trafficking/react/regional-share';
import type { ComponentType } from 'react';
import { chartMount } from '../mount.js';

export const mount = chartMount(RegionalShare as ComponentType<Record<string, unknown>>);

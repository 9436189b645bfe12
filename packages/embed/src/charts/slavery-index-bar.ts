// The SlaveryIndexBar chunk (dist/charts/slavery-index-bar.js), loaded by kz-charts.js when a <kz-slavery-index-bar> needs it.
import { SlaveryIndexBar } from '@kz-trafficking/react/slavery-index-bar';
import type { ComponentType } from 'react';
import { chartMount } from '../mount.js';

export const mount = chartMount(SlaveryIndexBar as ComponentType<Record<string, unknown>>);

// The VictimGenderDonut chunk (dist/charts/victim-gender-donut.js), loaded by kz-charts.js when a <kz-victim-gender-donut> needs it.
import { VictimGenderDonut } from '@kz-trafficking/react/victim-gender-donut';
import type { ComponentType } from 'react';
import { chartMount } from '../mount.js';

export const mount = chartMount(VictimGenderDonut as ComponentType<Record<string, unknown>>);

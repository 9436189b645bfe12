// The VictimGenderDonut chunk (dist/charts/victim-gender-donut.js), loaded by kz-charts.js when a <kz-victim-gender-donut> needs it.
import { victimBreakdownTexts } from '@kz-trafficking/core/victim-breakdown';
import { VictimGenderDonut } from '@kz-trafficking/react/victim-gender-donut';
import type { ComponentType } from 'react';
import { chartModule } from '../mount.js';

export const { loadTexts, mount } = chartModule(
  VictimGenderDonut as ComponentType<Record<string, unknown>>,
  victimBreakdownTexts,
);

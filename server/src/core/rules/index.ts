/** Every rule, ordered by code. check.ts runs them in this order; docs/rules.md has one entry per rule. */
import type { Rule } from './types';
import { rule as GR101 } from './GR101-section-missing';
import { rule as GR102 } from './GR102-section-order';
import { rule as GR103 } from './GR103-section-duplicate';
import { rule as GR104 } from './GR104-section-heading-wording';
import { rule as GR110 } from './GR110-table-missing';
import { rule as GR111 } from './GR111-row-missing';
import { rule as GR112 } from './GR112-row-unknown';
import { rule as GR113 } from './GR113-label-nonstandard';
import { rule as GR114 } from './GR114-block-header-missing';
import { rule as GR115 } from './GR115-cell-count';
import { rule as GR116 } from './GR116-row-unaligned';
import { rule as GR201 } from './GR201-value-not-number';
import { rule as GR202 } from './GR202-value-empty';
import { rule as GR203 } from './GR203-full-width-digits';
import { rule as GR301 } from './GR301-table2-row-total';
import { rule as GR302 } from './GR302-table2-result-total';
import { rule as GR303 } from './GR303-table2-balance';
import { rule as GR304 } from './GR304-table2-cell';
import { rule as GR305 } from './GR305-table3-total';
import { rule as GR306 } from './GR306-table1-in-force';
import { rule as GR307 } from './GR307-carry-over';
import { rule as GR401 } from './GR401-prose-applications';
import { rule as GR402 } from './GR402-prose-appeals';
import { rule as GR403 } from './GR403-format-2019';
import { rule as GR404 } from './GR404-year-mismatch';
import { rule as GR405 } from './GR405-fee-statement-missing';
import { rule as GR406 } from './GR406-government-assessment';
import { rule as GR407 } from './GR407-publication-deadline';
import { rule as GR408 } from './GR408-overview-year';

export const RULES: readonly Rule[] = [
  GR101,
  GR102,
  GR103,
  GR104,
  GR110,
  GR111,
  GR112,
  GR113,
  GR114,
  GR115,
  GR116,
  GR201,
  GR202,
  GR203,
  GR301,
  GR302,
  GR303,
  GR304,
  GR305,
  GR306,
  GR307,
  GR401,
  GR402,
  GR403,
  GR404,
  GR405,
  GR406,
  GR407,
  GR408,
];

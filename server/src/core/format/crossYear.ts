/**
 * Equations between this year's report and last year's (FORMAT.md §2 and §5), as data over the schema ids.
 */

/** Table 1: 现行有效件数 = last year's 现行有效件数 + 本年制发件数 − 本年废止件数, per row of the block. */
export const IN_FORCE_EQUATION = { blockId: 'item1', inForce: 'inForce', issued: 'issued', repealed: 'repealed' } as const;

/** Table 2: this year's 二、上年结转 = last year's 四、结转下年度继续办理, per column. */
export const CARRY_OVER_EQUATION = { thisYearRow: 'carriedIn', lastYearRow: 'carriedOut' } as const;

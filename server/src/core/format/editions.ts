import { TABLE1_2019, TABLE1_2021 } from './table1';
import { TABLE2_2019, TABLE2_2021 } from './table2';
import { TABLE3 } from './table3';
import type { FormatEdition } from './schema';

/** The two published formats. Reports for 2021 onward must use the 2021 one. */
export const EDITION_2021: FormatEdition = { id: '2021', name: '2021年版格式', table1: TABLE1_2021, table2: TABLE2_2021, table3: TABLE3 };
export const EDITION_2019: FormatEdition = { id: '2019', name: '2019年版格式', table1: TABLE1_2019, table2: TABLE2_2019, table3: TABLE3 };

/** First report year that must use the 2021 format. */
export const FIRST_YEAR_OF_2021_FORMAT = 2021;

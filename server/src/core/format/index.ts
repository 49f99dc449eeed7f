export * from './schema';
export * from './sections';
export * from './table1';
export * from './table2';
export * from './table3';
export * from './editions';
export * from './articles';

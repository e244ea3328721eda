export * from './db';
export * from './types';
export * from './store';
export * from './rows';
export * from './user-ids';
export * from './produce-csv';
export * from './from-source';
export * from './mapping-updates';

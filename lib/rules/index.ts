export * from './title-rules';

// opencc-js's one-direction builds ("exports" entries, which moduleResolution "node" does not read) have the same
// API as the full build.
declare module 'opencc-js/t2cn' {
  export * from 'opencc-js';
}
declare module 'opencc-js/cn2t' {
  export * from 'opencc-js';
}

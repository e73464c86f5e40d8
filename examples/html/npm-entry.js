// What an npm user's bundler makes of `import '@plankit/elements/all'` (dist/all.js with its own lit, @lit/*
// and the SDK): built by Vite in the embedding tests to sit beside the drop-in bundle on one page.
import '@plankit/elements/all';

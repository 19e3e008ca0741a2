// The one language registry lives in shared/ (architecture.md). Import it by subpath: the package index
// also exports the markdown pipeline, which would pull marked and sanitize-html into the reader bundle.
export * from '@reperes/shared/languages';

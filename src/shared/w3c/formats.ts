/** Extensions annotation files come with: the open dialog and the file input offer these. */
export const ANNOTATION_EXTENSIONS = ['.json', '.jsonld', '.jsonl', '.ndjson']

/** The REFI-QDA (QDA-XML 1.0) namespaces: a codebook file (.qdc) and a project (project.qde in a .qdpx). */
export const CODEBOOK_NS = 'urn:QDA-XML:codebook:1.0'
export const PROJECT_NS = 'urn:QDA-XML:project:1.0'

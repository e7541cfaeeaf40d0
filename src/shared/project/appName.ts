/** Who writes Themata's files: the `origin` of a .qdpx, the `app` of a backup, the one user of an exported project. */
export const APP_NAME = 'Themata'
export const ANALYST_NAME = 'Themata user'

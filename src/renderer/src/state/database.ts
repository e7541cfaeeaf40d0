import { ThemataDb } from '../db/db'

/** The app's one database connection. */
export const db = new ThemataDb()

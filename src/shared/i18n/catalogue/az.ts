import { en, type Catalogue } from './en'
export const az: Catalogue = { ...en }

/** Dialogs a command from the menu or the keyboard can open, wherever their button is. */
export const dialogs = $state<{
  shortcuts: boolean
  projects: boolean
  /** A codebook dialog asked for by the menu; the codebook panel opens it (for the selected theme) and clears this. */
  codebook: 'new' | 'edit' | 'merge' | 'delete' | null
}>({ shortcuts: false, projects: false, codebook: null })

/** Dialogs a command from the menu or the keyboard can open, wherever their button is. */
export const dialogs = $state({ shortcuts: false, projects: false })

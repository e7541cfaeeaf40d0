/** Which view fills the main area: the open article, or a view across the project. */
export type MainView = 'article' | 'all-passages' | 'search' | 'analysis'

class ViewState {
  current = $state<MainView>('article')
}

export const view = new ViewState()

export function showView(next: MainView): void {
  view.current = next
}

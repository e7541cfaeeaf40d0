import { mount } from 'svelte'
import App from './components/App.svelte'
import { loadLanguage } from './state/language.svelte'
import './app.css'

// The language first, so the first paint is already in it.
void loadLanguage().finally(() => mount(App, { target: document.getElementById('app') as HTMLElement }))

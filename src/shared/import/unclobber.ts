/**
 * DOM clobbering, undone before a parsed page is read. In an HTML document, `<img name="body">` makes
 * `document.body` that image, and `<form><input id="querySelectorAll"></form>` hides the form's own
 * method: a hostile page can break (or steer) any code that reads it through those properties. The
 * names and ids that do this are removed, through the prototypes' own methods, which no page can
 * shadow. Nothing is lost: sanitizing drops these elements (bar fieldsets and outputs) anyway.
 */
import type { HtmlWindow } from './html'

/** Elements a document exposes as properties by their name (objects also by id). */
const DOCUMENT_NAMED = 'embed, form, iframe, img, object, applet'
/** Elements a form exposes as properties by their id or name: its listed elements and images. */
const FORM_NAMED = 'button, fieldset, input, object, output, select, textarea, img'

/** Removes the names and ids a document or a form would expose as properties. */
export function unclobber(doc: Document, window: HtmlWindow): void {
  const select = window.Document.prototype.querySelectorAll
  const remove = window.Element.prototype.removeAttribute
  for (const element of Array.from(select.call(doc, `:is(${DOCUMENT_NAMED}, ${FORM_NAMED}):is([name], [id])`))) {
    remove.call(element, 'name')
    remove.call(element, 'id')
  }
}
